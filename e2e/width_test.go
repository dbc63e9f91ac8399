package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// Articles whose width terminals disagree on: German with soft hyphens,
// a Hindi paragraph full of conjuncts, and emoji ZWJ and skin-tone
// sequences. tmux 3.3 draws a soft hyphen in one cell, "क्षि" in three, a
// skin-toned emoji in four and an emoji ZWJ sequence in two.
const (
	oddGerman = "Die Bundes\u00adkanz\u00adlerin be\u00adsuchte am Mon\u00adtag die Ge\u00admein\u00adde\u00adver\u00adwal\u00adtung und sprach mit Bür\u00adger\u00admeis\u00adte\u00adrin\u00adnen über Ver\u00adkehrs\u00adpla\u00adnung.\n\n" +
		"Die Ver\u00adhand\u00adlun\u00adgen über den Haus\u00adhalts\u00adent\u00adwurf sollen am Frei\u00adtag fort\u00adge\u00adsetzt wer\u00adden, teil\u00adte das Mi\u00adnis\u00adte\u00adri\u00adum mit.\n"
	oddHindi = "प्रधानमंत्री ने सोमवार को राष्ट्रीय सुरक्षा की समीक्षा की और क्षितिज पर नज़र रखते हुए अधिकारियों से विस्तृत रिपोर्ट मांगी।\n\n" +
		"मंत्रालय ने कहा कि बैठक में 👨‍👩‍👧‍👦 परिवारों के लिए योजनाओं पर चर्चा हुई और 👍🏽 समर्थन मिला 👩‍❤️‍👨 🏳️‍🌈 👋🏿 के साथ।\n"
)

// TestOddWidths opens the two articles at 60×20 and pages through them:
// every frame keeps its header and fits the pane (nothing wrapped past the
// edge), and every word of both articles is shown on some frame.
func TestOddWidths(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	files := map[string]string{"zeitung.txt": oddGerman, "samachar.txt": oddHindi}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	const w, h = 60, 20
	tm := start(t, launch{W: w, H: h, Args: []string{"zeitung.txt", "samachar.txt"}, Dir: dir, Stderr: "err"})
	s := tm.WaitFor("a whole frame", func(s screen) bool { return isFrame(s, w, h) })

	// What a terminal can show of a word: soft hyphens and ZWJs are not
	// drawn.
	shown := strings.NewReplacer("\u00ad", "", "\u200d", "")
	want := map[string]bool{}
	for _, text := range files {
		for _, word := range strings.Fields(shown.Replace(text)) {
			want[word] = true
		}
	}
	var seen []string
	for range 40 {
		checkFrame(t, tm, s, w, h)
		seen = append(seen, rejoin(s)...)
		if t.Failed() {
			break
		}
		last := strings.Join(s, "\n")
		tm.Send("PageDown")
		if s = tm.changed(last, time.Second); s == nil {
			break // the end
		}
	}
	seenWords := map[string]bool{}
	for _, word := range seen {
		seenWords[word] = true
	}
	for word := range want {
		if !seenWords[word] {
			t.Errorf("%q is never shown", word)
		}
	}
	tm.Send("q")
	if code := tm.ExitStatus(); code != 0 {
		t.Errorf("exit status %d, want 0", code)
	}
	if e := tm.File("err"); e != "" {
		t.Errorf("standard error: %s", e)
	}
}

// rejoin returns the words on a screen, a word broken at a soft hyphen
// ("Bundes-" at the end of a row, "kanzlerin" starting the next) whole.
func rejoin(s screen) []string {
	var words []string
	broken := ""
	for _, row := range s {
		var fields []string
		for _, f := range strings.Fields(row) {
			if f != "▌" && f != "│" {
				fields = append(fields, f)
			}
		}
		if len(fields) == 0 {
			continue
		}
		fields[0] = broken + fields[0]
		broken = ""
		if last := fields[len(fields)-1]; strings.HasSuffix(last, "-") {
			broken = strings.TrimSuffix(last, "-")
			fields = fields[:len(fields)-1]
		}
		words = append(words, fields...)
	}
	return words
}

// changed waits up to d for the screen to differ from last and returns it,
// or nil if it stayed the same.
func (tm *term) changed(last string, d time.Duration) screen {
	tm.t.Helper()
	for deadline := time.Now().Add(d); time.Now().Before(deadline); time.Sleep(25 * time.Millisecond) {
		if s := tm.Screen(); strings.Join(s, "\n") != last {
			time.Sleep(50 * time.Millisecond) // let the frame finish
			return tm.Screen()
		}
	}
	return nil
}
