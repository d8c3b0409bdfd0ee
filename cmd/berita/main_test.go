package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/beritakit/berita"
)

const seed = "../../testdata/cnbc-putin-kim/input.txt"

// runCmd runs the command with args and stdin and returns its exit status,
// standard output and standard error.
func runCmd(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

// lines decodes each line of s as a JSON object.
func lines(t *testing.T, s string) []map[string]any {
	t.Helper()
	var objs []map[string]any
	sc := bufio.NewScanner(strings.NewReader(s))
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var m map[string]any
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatalf("output line is not a JSON object: %v\n%s", err, sc.Text())
		}
		objs = append(objs, m)
	}
	return objs
}

func TestOneFile(t *testing.T) {
	code, out, errOut := runCmd(t, "", seed)
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	var m map[string]any
	if err := json.Unmarshal([]byte(out), &m); err != nil {
		t.Fatalf("output is not one JSON object: %v", err)
	}
	if strings.Count(out, "\n") != 1 {
		t.Errorf("one input to a pipe should print one JSON line, got:\n%.200s", out)
	}
	if ps, _ := m["paragraphs"].([]any); len(ps) == 0 {
		t.Errorf("no paragraphs in %.200s", out)
	}
}

func TestStdin(t *testing.T) {
	for _, args := range [][]string{nil, {"-"}, {"-text", "-ref", "2025-08-15"}} {
		code, out, errOut := runCmd(t, "Jakarta - Budi datang kemarin.\n", args...)
		if code != 0 || errOut != "" {
			t.Fatalf("%q: exit %d, stderr %q", args, code, errOut)
		}
		if !strings.Contains(out, "Budi datang kemarin.") {
			t.Errorf("%q: the paragraph is missing from\n%s", args, out)
		}
	}
}

// TestManyFiles checks that several files print one line each, in the
// order given, whatever the number of workers, and that a missing file is
// reported without stopping the others.
func TestManyFiles(t *testing.T) {
	dir := t.TempDir()
	var args []string
	for i := range 12 {
		name := filepath.Join(dir, fmt.Sprintf("a%02d.txt", i))
		text := fmt.Sprintf("Judul %d\n\nParagraf nomor %d dari Jakarta.\n", i, i)
		if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		args = append(args, name)
		if i == 5 {
			args = append(args, filepath.Join(dir, "missing.txt"))
		}
	}
	for _, j := range []string{"1", "4", "16"} {
		code, out, errOut := runCmd(t, "", append([]string{"-j", j}, args...)...)
		if code != 1 {
			t.Errorf("-j %s: exit %d with a missing file, want 1", j, code)
		}
		if !strings.Contains(errOut, "missing.txt") || strings.Count(errOut, "\n") != 1 {
			t.Errorf("-j %s: stderr %q, want one line naming missing.txt", j, errOut)
		}
		objs := lines(t, out)
		if len(objs) != 12 {
			t.Fatalf("-j %s: %d output lines, want 12", j, len(objs))
		}
		for i, m := range objs {
			if want := fmt.Sprintf("Paragraf nomor %d ", i); !strings.Contains(fmt.Sprint(m["paragraphs"]), want) {
				t.Errorf("-j %s: line %d is %v, want the article with %q", j, i, m["paragraphs"], want)
			}
		}
	}
}

func TestNDJSON(t *testing.T) {
	in := strings.Join([]string{
		`{"id": 1, "url": "https://example.com/a", "text": "Jakarta - \"Kami siap,\" kata Budi.\n\nParagraf kedua."}`,
		``,
		`{"id": "b", "html": "<!DOCTYPE html><html><body><p>Paragraf HTML pertama.</p></body></html>"}`,
		`not json at all`,
		`{"id": 4, "text": "   "}`,
		`{"id": 5, "url": "https://example.com/e"}`,
		`{"id": 6, "text": 42}`,
		`{"id": 7, "text": "Paragraf ketujuh."}`,
	}, "\n")
	for _, j := range []string{"1", "3"} {
		code, out, errOut := runCmd(t, in, "-ndjson", "-j", j)
		if code != 1 {
			t.Errorf("-j %s: exit %d with bad records, want 1", j, code)
		}
		objs := lines(t, out)
		if len(objs) != 7 {
			t.Fatalf("-j %s: %d output lines, want 7 (one per non-blank record):\n%s", j, len(objs), out)
		}
		wantIDs := []any{1.0, "b", nil, 4.0, 5.0, 6.0, 7.0}
		wantErr := []bool{false, false, true, true, true, true, false}
		for i, m := range objs {
			if m["id"] != wantIDs[i] {
				t.Errorf("-j %s: line %d id = %v, want %v", j, i, m["id"], wantIDs[i])
			}
			_, hasErr := m["error"]
			_, hasParas := m["paragraphs"]
			if hasErr != wantErr[i] || hasParas == wantErr[i] {
				t.Errorf("-j %s: line %d = %v, want error %v", j, i, m, wantErr[i])
			}
		}
		if objs[0]["url"] != "https://example.com/a" || objs[4]["url"] != "https://example.com/e" {
			t.Errorf("-j %s: url not passed through: %v, %v", j, objs[0]["url"], objs[4]["url"])
		}
		if !strings.Contains(fmt.Sprint(objs[1]["paragraphs"]), "Paragraf HTML pertama.") {
			t.Errorf("-j %s: html record: %v", j, objs[1])
		}
		if got := strings.Count(errOut, "\n"); got != 4 {
			t.Errorf("-j %s: %d lines on stderr, want 4 (one per failed record):\n%s", j, got, errOut)
		}
		for _, name := range []string{"-:4:", "-:5:", "-:6:", "-:7:"} {
			if !strings.Contains(errOut, name) {
				t.Errorf("-j %s: stderr does not name record %s:\n%s", j, name, errOut)
			}
		}
	}
}

// TestNDJSONOrder checks that many records come out in input order on many
// workers.
func TestNDJSONOrder(t *testing.T) {
	var in strings.Builder
	const n = 500
	for i := range n {
		fmt.Fprintf(&in, `{"id": %d, "text": "Paragraf %d: %s"}`+"\n", i, i, strings.Repeat("kata ", i%50))
	}
	code, out, errOut := runCmd(t, in.String(), "-ndjson", "-j", "8")
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	objs := lines(t, out)
	if len(objs) != n {
		t.Fatalf("%d output lines, want %d", len(objs), n)
	}
	for i, m := range objs {
		if m["id"] != float64(i) {
			t.Fatalf("line %d has id %v", i, m["id"])
		}
	}
}

func TestNDJSONFiles(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.ndjson")
	b := filepath.Join(dir, "b.ndjson")
	for name, text := range map[string]string{
		a: `{"id":"a1","text":"Satu."}` + "\n" + `{"id":"a2","text":"Dua."}`,
		b: `{"id":"b1","text":"Tiga."}` + "\r\n",
	} {
		if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, out, errOut := runCmd(t, "", "-ndjson", a, filepath.Join(dir, "none.ndjson"), b)
	if code != 1 || !strings.Contains(errOut, "none.ndjson") {
		t.Errorf("exit %d, stderr %q: want 1 and the missing file named", code, errOut)
	}
	var ids []string
	for _, m := range lines(t, out) {
		ids = append(ids, fmt.Sprint(m["id"]))
	}
	if got := strings.Join(ids, ","); got != "a1,a2,b1" {
		t.Errorf("ids %s, want a1,a2,b1", got)
	}
}

func TestUsage(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want int
	}{
		{"unknown flag", []string{"-nope"}, 2},
		{"bad ref", []string{"-ref", "yesterday"}, 2},
		{"zero workers", []string{"-j", "0"}, 2},
		{"bad worker count", []string{"-j", "many"}, 2},
		{"missing file", []string{"/nonexistent/berita.txt"}, 1},
		{"empty stdin", nil, 1},
		{"ok", []string{"-ref", "2025-08-15T13:12:00+07:00", seed}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errOut := runCmd(t, "", tt.args...)
			if code != tt.want {
				t.Errorf("exit %d, want %d (stderr %q)", code, tt.want, errOut)
			}
			if code != 0 && errOut == "" {
				t.Errorf("exit %d with nothing on stderr", code)
			}
		})
	}
}

func TestReadLineTooLong(t *testing.T) {
	long := strings.Repeat("x", 300)
	br := bufio.NewReaderSize(strings.NewReader("short\n"+long+"\nnext\r\nlast"), 16)
	var got []string
	for {
		line, err := readLine(br, 100)
		if err != nil {
			if err == errLineTooLong {
				got = append(got, "TOO LONG")
				continue
			}
			break
		}
		got = append(got, string(line))
	}
	if s := strings.Join(got, "|"); s != "short|TOO LONG|next|last" {
		t.Errorf("lines %q", s)
	}
}

// TestProgress checks the progress count that a terminal on standard error
// gets, and that a file or a buffer gets none.
func TestProgress(t *testing.T) {
	var out, errOut bytes.Buffer
	enc := json.NewEncoder(&out)
	b := &batch{parser: &berita.Parser{}, workers: 2, out: bufio.NewWriter(&out), enc: enc, stderr: &errOut, progress: true}
	b.run(func(emit func(job)) {
		for _, text := range []string{"Satu.", "", "Dua."} {
			emit(job{name: text, open: func() (io.ReadCloser, error) { return io.NopCloser(strings.NewReader(text)), nil }})
		}
	})
	b.endProgress()
	if got := errOut.String(); !strings.HasSuffix(got, "\rberita: 3 parsed, 1 failed\n") {
		t.Errorf("stderr %q, want it to end with the final count", got)
	}

	f, err := os.Create(filepath.Join(t.TempDir(), "stderr"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if isTerminal(f) || isTerminal(&errOut) {
		t.Error("a file or a buffer taken for a terminal")
	}
}
