package berita

import (
	"sync"
	"testing"
)

// TestLazy checks that a lazy builds its table once, however many
// goroutines ask for it at once, and gives them all the same one.
func TestLazy(t *testing.T) {
	builds := 0
	l := newLazy(func() *[4]int {
		builds++
		return &[4]int{1, 2, 3, 4}
	})
	const n = 16
	got := make([]*[4]int, n)
	var wg sync.WaitGroup
	for k := range n {
		wg.Go(func() { got[k] = l.get() })
	}
	wg.Wait()
	if builds != 1 {
		t.Errorf("built %d times, want 1", builds)
	}
	for k, p := range got {
		if p != got[0] || p[3] != 4 {
			t.Fatalf("goroutine %d got %p %v, want %p", k, p, p, got[0])
		}
	}
}

// TestLazyBuildPanics checks that a table whose build panicked is not
// taken for built: every get panics with what build panicked with, as a
// function from sync.OnceValue does.
func TestLazyBuildPanics(t *testing.T) {
	l := newLazy(func() *int { panic("no table") })
	for k := range 2 {
		func() {
			defer func() {
				if p := recover(); p != "no table" {
					t.Errorf("get %d panicked with %v, want %q", k, p, "no table")
				}
			}()
			l.get()
		}()
	}
}
