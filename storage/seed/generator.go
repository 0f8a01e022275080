package seed

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/netzwerkbot/netzwerkbot/storage"
)

// generator draws the network from one seeded random source.
type generator struct {
	rng   *rand.Rand
	opts  Options
	today time.Time // midnight of the seeding day in opts.Loc
	ids   map[string]bool
}

func newGenerator(opts Options) *generator {
	local := opts.Now.In(opts.Loc)
	return &generator{
		rng:   rand.New(rand.NewPCG(opts.Seed, opts.Seed^0x5eed)),
		opts:  opts,
		today: time.Date(local.Year(), local.Month(), local.Day(), 0, 0, 0, 0, opts.Loc),
		ids:   map[string]bool{},
	}
}

// id returns a fresh short id with prefix, unique within the network: the
// workspace is empty, so it cannot collide with a stored one.
func (g *generator) id(prefix string) string {
	for n := 4; ; n++ {
		for try := 0; try < 8; try++ {
			b := make([]byte, n)
			for i := range b {
				b[i] = storage.IDAlphabet[g.rng.IntN(len(storage.IDAlphabet))]
			}
			if id := prefix + string(b); !g.ids[id] {
				g.ids[id] = true
				return id
			}
		}
	}
}

// pick returns a random element of list.
func pick[T any](g *generator, list []T) T { return list[g.rng.IntN(len(list))] }

// chance reports true with probability p.
func (g *generator) chance(p float64) bool { return g.rng.Float64() < p }

// day returns the calendar day offset days from the seeding day.
func (g *generator) day(offset int) string {
	return g.today.AddDate(0, 0, offset).Format(time.DateOnly)
}

// instant returns a working-day-like instant offset days from the seeding
// day, between 8:00 and 17:59 local time, in UTC.
func (g *generator) instant(offset int) time.Time {
	d := g.today.AddDate(0, 0, offset)
	t := time.Date(d.Year(), d.Month(), d.Day(), 8+g.rng.IntN(10), g.rng.IntN(60), 0, 0, g.opts.Loc).UTC()
	if now := g.opts.Now.UTC(); t.After(now) {
		return now
	}
	return t
}

// stakeholders makes n stakeholders with unique names; the first of them
// cover every sector.
func (g *generator) stakeholders(n int) []storage.Stakeholder {
	sectors := storage.DefaultSectors
	combos := g.rng.Perm(len(firstNames) * len(familyNames))
	out := make([]storage.Stakeholder, n)
	linked := 0
	for i := range out {
		c := combos[i%len(combos)]
		first, family := firstNames[c%len(firstNames)], familyNames[c/len(firstNames)]
		name := first + " " + family
		if i >= len(combos) {
			name += fmt.Sprintf(" (%d)", i/len(combos)+1)
		}
		sector := sectors[i%len(sectors)]
		if i >= len(sectors) {
			sector = pick(g, sectors)
		}
		org := pick(g, organisations[sector])
		created := g.instant(-400 + g.rng.IntN(60))
		s := storage.Stakeholder{
			ID: g.id("s"), Name: name, Org: org, Sector: sector, Role: pick(g, roles),
			DecisionMaker: g.chance(0.25), Multiplier: g.chance(0.3),
			Influence: pick(g, levels), Interest: pick(g, levels),
			Topics: g.topics(), Status: storage.StatusConfirmed,
			CreatedBy: g.opts.Actor, CreatedAt: created, UpdatedAt: created,
		}
		if g.chance(0.7) {
			s.Email = mailbox(first, family, i) + "@" + domain(org)
		}
		if i%4 == 0 {
			linked++
			s.SlackUser = fmt.Sprintf("U0SEED%03d", linked)
		}
		switch r := g.rng.Float64(); {
		case r < 0.08:
			s.Status = storage.StatusProposed
		case r < 0.15:
			s.Status = storage.StatusArchived
			s.UpdatedAt = g.instant(-g.rng.IntN(120))
		}
		if g.chance(0.2) {
			s.Notes = pick(g, stakeholderNotes)
		}
		out[i] = s
	}
	return out
}

var levels = []string{"low", "medium", "high"}

var stakeholderNotes = []string{
	"Bevorzugt Termine am Vormittag.", "Vertretung in den Sommerferien klären.",
	"Hat Interesse an der Mitarbeit in einer AG signalisiert.", "Ansprechpartner für Fördermittel.",
	"Neu im Amt seit dem Frühjahr.",
}

// topics returns one to three distinct topics.
func (g *generator) topics() []string {
	k := 1 + g.rng.IntN(3)
	out := make([]string, 0, k)
	for _, i := range g.rng.Perm(len(topics))[:k] {
		out = append(out, topics[i])
	}
	return out
}

// mailbox makes the local part of a fictional address: ASCII, lower case.
func mailbox(first, family string, i int) string {
	local := ascii(first) + "." + ascii(family)
	if i >= len(firstNames)*len(familyNames) {
		local += fmt.Sprint(i)
	}
	return local
}

// domain makes a fictional mail domain from an organisation's first word
// under the reserved example.org.
func domain(org string) string {
	word, _, _ := strings.Cut(org, " ")
	return strings.Trim(ascii(word), "-.,") + ".talheim.example.org"
}

var transliteration = strings.NewReplacer("ä", "ae", "ö", "oe", "ü", "ue", "Ä", "ae", "Ö", "oe", "Ü", "ue", "ß", "ss", "–", "-")

func ascii(s string) string { return strings.ToLower(transliteration.Replace(s)) }

// districts tell apart committees of the same kind in a large network.
var districts = []string{"Nordstadt", "Westend", "Auental", "Oberfeld", "Mühlbach", "Lindenweg", "Südstadt", "Altstadt"}

// committees makes n committees: a steering group, a strategy group, then
// working groups with an existing body every fourth, all with unique names.
func (g *generator) committees(n int) []storage.Committee {
	out := make([]storage.Committee, 0, n)
	perKind := map[string]int{}
	for i := range n {
		kind := storage.KindWorking
		switch {
		case i == 0:
			kind = storage.KindSteering
		case i == 1:
			kind = storage.KindStrategy
		case i%4 == 1:
			kind = storage.KindExisting
		}
		created := g.instant(-390 + g.rng.IntN(30))
		c := storage.Committee{
			ID: g.id("g"), Name: committeeName(kind, perKind[kind]), Kind: kind,
			Purpose: storage.PurposeCooperation, Tasks: committeeTasks[kind], Rhythm: committeeRhythms[kind],
			Status: storage.CommitteeActive, CreatedBy: g.opts.Actor, CreatedAt: created, UpdatedAt: created,
		}
		perKind[kind]++
		if kind == storage.KindExisting || (kind == storage.KindWorking && g.chance(0.3)) {
			c.Purpose = storage.PurposeNetworking
		}
		if g.chance(0.5) {
			c.Channel = fmt.Sprintf("C0SEED%03d", i+1)
			c.ChannelName = channelName(c.Name)
		}
		out = append(out, c)
	}
	return out
}

// committeeName returns the k-th name (0-based) for a committee of kind:
// the plain names first, then with a district, then with a number too.
func committeeName(kind string, k int) string {
	base := committeeNames[kind]
	name := base[k%len(base)]
	if round := k/len(base) - 1; round >= 0 {
		name += " " + districts[round%len(districts)]
		if round >= len(districts) {
			name += fmt.Sprintf(" %d", round/len(districts)+1)
		}
	}
	return name
}

func channelName(name string) string {
	return strings.NewReplacer(" ", "-").Replace(ascii(name))
}

var committeeTasks = map[string]string{
	storage.KindSteering: "Steuert das Bildungsnetzwerk, beschließt Ziele und Prioritäten.",
	storage.KindStrategy: "Bereitet Entscheidungen vor und stimmt die Verwaltung ab.",
	storage.KindWorking:  "Erarbeitet Maßnahmen zum Thema und berichtet der Lenkungsgruppe.",
	storage.KindExisting: "Bestehendes Gremium, in dem das Netzwerk regelmäßig berichtet.",
}

var committeeRhythms = map[string]string{
	storage.KindSteering: "vierteljährlich",
	storage.KindStrategy: "alle zwei Monate",
	storage.KindWorking:  "monatlich",
	storage.KindExisting: "vierteljährlich",
}
