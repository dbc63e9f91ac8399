package eval

import (
	"fmt"
	"strings"

	"github.com/parallax-reader/parallax/corpus"
)

// Decision is a stance with the evidence behind it, for error analysis.
type Decision struct {
	Label Label
	Why   string // the claim check's stance, probability, closest body line and reasons
}

// Decide is Stance with its explanation: the claim check's probability,
// the body line it found closest, and its reasons.
func Decide(c *corpus.Comparison) Decision {
	r := check(c).Results[0]
	l := labelOf(r.Stance)
	var b strings.Builder
	fmt.Fprintf(&b, "%s p=%.2f", r.Stance, r.Probability)
	if p := c.Passage(r.Passage); p != nil {
		fmt.Fprintf(&b, " closest body line %d", p.Line)
	}
	for _, why := range r.Reasons {
		fmt.Fprintf(&b, "; %s: %s", why.Kind, why.Text)
	}
	return Decision{Label: l, Why: clip(b.String())}
}

// clip collapses white space and caps an explanation at maxWhy bytes.
func clip(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > maxWhy {
		cut := maxWhy
		for cut > 0 && s[cut]&0xC0 == 0x80 { // do not split a UTF-8 sequence
			cut--
		}
		s = s[:cut] + "…"
	}
	return s
}

// maxWhy caps an explanation's length in bytes; the reasons quote text.
const maxWhy = 400
