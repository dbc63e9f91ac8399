package features

// Spellings returns the other ways the alias table writes the name s:
// variants of the same name, or seats of the same place written
// differently ("Kyiv": "Kiev", "Kyyiv"), but not what only stands for it
// (the country of a capital, the people of a country). Nil when s is not
// in the table. The reader's search finds them too.
func Spellings(s string) []string {
	t := BuiltinAliases()
	e, ok := t.byVariant[aliasKey(s)]
	if !ok {
		return nil
	}
	var out []string
	for v, o := range t.byVariant {
		if o.key == e.key && o.flag == e.flag && v != aliasKey(s) {
			out = append(out, v)
		}
	}
	return out
}
