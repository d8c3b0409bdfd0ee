package berita

import (
	"bufio"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// Training the tagger is a test that runs only when asked:
//
//	go test -run TestTrainTagger -train
//
// It reads the train (and, with -splits train,dev, the dev) splits of the
// sets named by -sets under ../shared/ner, prints the entity F1 on the
// idner-news-2k dev split, and with -write rewrites data/tagger.bin.gz.
var (
	trainFlag  = flag.Bool("train", false, "train the NER tagger")
	trainSets  = flag.String("sets", "idner-news-2k,indolem-nerui,indolem-nerugm", "NER sets to train on")
	trainSplit = flag.String("splits", "train", "splits to train on")
	trainIters = flag.Int("epochs", 8, "training epochs")
	trainWrite = flag.Bool("write", false, "write data/tagger.bin.gz")
	trainMinW  = flag.Float64("minweight", 0.05, "drop features whose largest averaged weight is below this")
)

// A trainSentence is one sentence of a NER set re-tokenized the way the
// tagger sees text, with one tag per token.
type trainSentence struct {
	text string
	toks []token
	tags []uint8
}

var conllTags = map[string]uint8{
	"PER": tagBPer, "PERSON": tagBPer, "ORG": tagBOrg, "ORGANIZATION": tagBOrg,
	"ORGANISATION": tagBOrg, "LOC": tagBLoc, "LOCATION": tagBLoc, "PLACE": tagBLoc,
}

func readCoNLL(t *testing.T, path string) []trainSentence {
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("NER data not available: %v", err)
	}
	defer f.Close()
	var out []trainSentence
	var words, labels []string
	flush := func() {
		if len(words) > 0 {
			out = append(out, retokenize(words, labels))
		}
		words, labels = words[:0], labels[:0]
	}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			flush()
			continue
		}
		parts := strings.Fields(line)
		words = append(words, parts[0])
		labels = append(labels, parts[len(parts)-1])
	}
	flush()
	return out
}

// retokenize joins a sentence's words with spaces (as nerscore does), splits
// the text with tokenize and carries the tags over: the words of a tagged
// source token take its type; its leading and trailing punctuation stays
// outside a name, except brackets that a continuing name encloses
// ("Komisi Pemberantasan Korupsi (KPK)").
func retokenize(words, labels []string) trainSentence {
	var sb strings.Builder
	starts := make([]int, len(words))
	for i, w := range words {
		if i > 0 {
			sb.WriteByte(' ')
		}
		starts[i] = sb.Len()
		sb.WriteString(w)
	}
	s := trainSentence{text: sb.String()}
	s.toks = splitTokens(s.text, nil)
	s.tags = make([]uint8, len(s.toks))
	w := 0
	prevType := uint8(0)
	for ti := 0; ti < len(s.toks); {
		for w+1 < len(words) && starts[w+1] <= s.toks[ti].start {
			w++
		}
		// the tokens of source word w
		end := ti
		for end < len(s.toks) && s.toks[end].start < starts[w]+len(words[w]) {
			end++
		}
		lab := labels[w]
		pre, typ, _ := strings.Cut(lab, "-")
		base, ok := conllTags[typ]
		if lab == "O" || !ok {
			prevType = 0
			ti = end
			continue
		}
		cont := pre == "I" && prevType == base
		first, last := ti, end-1
		for first <= last && s.toks[first].kind == punctToken {
			first++
		}
		for last >= first && s.toks[last].kind == punctToken {
			last--
		}
		bracketed := first > ti && last < end-1 && s.text[s.toks[ti].start] == '(' && s.text[s.toks[end-1].start] == ')'
		for k := ti; k < end; k++ {
			switch {
			case k >= first && k <= last:
				if k == first && !cont {
					s.tags[k] = base
				} else {
					s.tags[k] = base + 1
				}
			case cont && bracketed:
				s.tags[k] = base + 1
			}
		}
		if first <= last {
			prevType = base
		}
		ti = end
	}
	return s
}

type weightRow struct {
	w, total [numTags]float64
	stamp    [numTags]int
}

func TestTrainTagger(t *testing.T) {
	if !*trainFlag {
		t.Skip("training runs only with -train")
	}
	var train []trainSentence
	for _, set := range strings.Split(*trainSets, ",") {
		for _, split := range strings.Split(*trainSplit, ",") {
			train = append(train, readCoNLL(t, filepath.Join("..", "shared", "ner", set, split+".conll"))...)
		}
	}
	rows := map[uint32]*weightRow{}
	step := 0
	update := func(h uint32, tag int, d float64) {
		r := rows[h]
		if r == nil {
			r = &weightRow{}
			rows[h] = r
		}
		r.total[tag] += float64(step-r.stamp[tag]) * r.w[tag]
		r.stamp[tag] = step
		r.w[tag] += d
	}
	var fx featurizer
	var feats []uint32
	rng := rand.New(rand.NewPCG(1, 2))
	for epoch := range *trainIters {
		rng.Shuffle(len(train), func(i, j int) { train[i], train[j] = train[j], train[i] })
		errs := 0
		for _, s := range train {
			fx.reset(s.text, s.toks)
			pred := make([]uint8, 0, len(s.toks))
			for i := range s.toks {
				step++
				var prev, prev2 uint8
				if i > 0 {
					prev = pred[i-1]
				}
				if i > 1 {
					prev2 = pred[i-2]
				}
				feats = fx.features(i, prev, prev2, feats[:0])
				var scores [numTags]float32
				for _, h := range feats {
					if r := rows[h]; r != nil {
						for k := range scores {
							scores[k] += float32(r.w[k])
						}
					}
				}
				// unconstrained, so that tags the constraint rules out
				// are pushed down too and no weight grows without bound
				p := uint8(0)
				for k := range scores {
					if scores[k] > scores[p] {
						p = uint8(k)
					}
				}
				if gold := s.tags[i]; p != gold {
					errs++
					for _, h := range feats {
						update(h, int(gold), 1)
						update(h, int(p), -1)
					}
				}
				pred = append(pred, p)
			}
		}
		t.Logf("epoch %d: %d token errors", epoch, errs)
	}
	avg := map[uint32]*[numTags]float64{}
	for h, r := range rows {
		var a [numTags]float64
		keep := false
		for k := range a {
			total := r.total[k] + float64(step-r.stamp[k])*r.w[k]
			a[k] = total / float64(step)
			if a[k] > *trainMinW || a[k] < -*trainMinW {
				keep = true
			}
		}
		if keep {
			avg[h] = &a
		}
	}
	t.Logf("%d features, %d kept", len(rows), len(avg))
	var buf strings.Builder
	if err := encodeModel(&buf, avg); err != nil {
		t.Fatal(err)
	}
	m, err := decodeModel([]byte(buf.String()))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("model: %d bytes compressed", buf.Len())
	for _, set := range []string{"idner-news-2k", "indolem-nerui", "indolem-nerugm"} {
		dev := readCoNLL(t, filepath.Join("..", "shared", "ner", set, "dev.conll"))
		p, r, f1 := evalTagger(m, dev)
		t.Logf("%s dev: P %.3f R %.3f F1 %.3f", set, p, r, f1)
	}
	if *trainWrite {
		if err := os.WriteFile(filepath.Join("data", "common.txt"), []byte(commonWords(train)), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join("data", "tagger.bin.gz"), []byte(buf.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// evalTagger returns the tagger's entity precision, recall and F1 on
// sentences, counting exact spans of the same type.
func evalTagger(m *model, sents []trainSentence) (p, r, f1 float64) {
	var fx featurizer
	var tags []uint8
	tp, npred, ngold := 0, 0, 0
	for _, s := range sents {
		fx.reset(s.text, s.toks)
		tags = m.tag(&fx, tags)
		gold, pred := spansOf(s.tags), spansOf(tags)
		ngold += len(gold)
		npred += len(pred)
		for k := range pred {
			if gold[k] {
				tp++
			}
		}
	}
	if npred > 0 {
		p = float64(tp) / float64(npred)
	}
	if ngold > 0 {
		r = float64(tp) / float64(ngold)
	}
	if p+r > 0 {
		f1 = 2 * p * r / (p + r)
	}
	return p, r, f1
}

func spansOf(tags []uint8) map[string]bool {
	out := map[string]bool{}
	for i := 0; i < len(tags); i++ {
		if tags[i] == tagO {
			continue
		}
		j := i + 1
		for j < len(tags) && tags[j] == insideOf(tags[i]) && isInside(tags[j]) {
			j++
		}
		out[fmt.Sprint(i, j, tagTypes[tags[i]])] = true
		i = j - 1
	}
	return out
}

// commonWords lists, one a line, the words written in lower case at least
// once in sents and either tagged as part of a name in under 5% of all
// their occurrences or written in lower case in a fifth of them.
func commonWords(sents []trainSentence) string {
	lower, named, all := map[string]int{}, map[string]int{}, map[string]int{}
	for _, s := range sents {
		for i, tk := range s.toks {
			if tk.kind != wordToken {
				continue
			}
			w := s.text[tk.start:tk.end]
			l := strings.ToLower(w)
			all[l]++
			if w == l {
				lower[l]++
			}
			if s.tags[i] != tagO {
				named[l]++
			}
		}
	}
	var out []string
	for l, n := range lower {
		if n >= 1 && (float64(named[l]) < 0.05*float64(all[l]) || float64(n) >= 0.2*float64(all[l])) {
			out = append(out, l)
		}
	}
	slices.Sort(out)
	return strings.Join(out, "\n") + "\n"
}
