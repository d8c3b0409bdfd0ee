package berita

import "testing"

func TestZZStats(t *testing.T) {
	text, _ := benchInputs(t)
	ref := parseRef(t, fri)
	cnt := map[Granularity]int{}
	n := 0
	for _, in := range text {
		a := parseText(normalize(in.data), true)
		a.Dates = nil
		findDates(a, ref)
		for _, d := range a.Dates {
			cnt[d.Granularity]++
			n++
		}
	}
	t.Logf("dates %d %v ref %v", n, cnt, ref)
}
