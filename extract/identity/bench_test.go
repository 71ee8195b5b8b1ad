package identity

import "testing"

// BenchmarkLoad reads and indexes the embedded actor files.
func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Load(files); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkResolve resolves a mix of full names, aliases, surnames and unknown names.
func BenchmarkResolve(b *testing.B) {
	d := Default()
	ms := []Mention{
		{Name: "Sergei Lavrov", Country: "RUS", Date: "2019-04-11"},
		{Name: "Donald J. Trump"},
		{Name: "Trump", Date: "2018-06-03", Countries: []string{"USA", "CHN"}},
		{Name: "Kim", Date: "2018-02-10", Countries: []string{"PRK"}},
		{Name: "Jane Q. Roe", Country: "GBR"},
	}
	for b.Loop() {
		for _, m := range ms {
			d.Resolve(m)
		}
	}
}
