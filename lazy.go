package berita

import (
	"sync"
	"sync/atomic"
)

// A lazy holds a table built on first use and shared read-only, as a
// function from sync.OnceValue does. Its get inlines to one load and a
// test, where a call of such a function goes through a closure and
// sync.Once's check: the word lists and the tagger's tables that tokens
// are looked up in (and the quote stage's word sets) are asked for tens
// of thousands of times an article, and those calls took about 1% of
// Parse. The tables read less often keep sync.OnceValue.
type lazy[T any] struct {
	done  atomic.Bool // set once built holds the table
	built *T
	once  sync.Once
	build func() *T
	// failed holds what build panicked with, which every get panics
	// with again, as sync.OnceValue's function does
	failed any
}

func newLazy[T any](build func() *T) *lazy[T] {
	return &lazy[T]{build: build}
}

// get returns the table, building it on the first call.
func (l *lazy[T]) get() *T {
	if l.done.Load() {
		return l.built
	}
	return l.buildOnce()
}

func (l *lazy[T]) buildOnce() *T {
	l.once.Do(func() {
		defer func() {
			if !l.done.Load() {
				l.failed = recover()
				panic(l.failed)
			}
		}()
		l.built = l.build()
		l.done.Store(true)
	})
	if !l.done.Load() {
		panic(l.failed)
	}
	return l.built
}
