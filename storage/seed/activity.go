package seed

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/netzwerkbot/netzwerkbot/storage"
)

// memberCounts gives the smallest and largest membership per kind.
var memberCounts = map[string][2]int{
	storage.KindSteering: {8, 12},
	storage.KindStrategy: {6, 9},
	storage.KindWorking:  {5, 12},
	storage.KindExisting: {8, 15},
}

// memberships seats stakeholders (never proposed ones) in every committee;
// the steering group prefers decision makers.
func (g *generator) memberships(cs []storage.Committee, ss []storage.Stakeholder) []storage.Membership {
	var pool, deciders []int
	for i, s := range ss {
		if s.Status == storage.StatusProposed {
			continue
		}
		pool = append(pool, i)
		if s.DecisionMaker {
			deciders = append(deciders, i)
		}
	}
	var out []storage.Membership
	for _, c := range cs {
		bounds := memberCounts[c.Kind]
		want := min(bounds[0]+g.rng.IntN(bounds[1]-bounds[0]+1), len(pool))
		seated := map[int]bool{}
		if c.Kind == storage.KindSteering {
			for _, i := range deciders {
				if len(seated) < want*2/3 {
					seated[i] = true
				}
			}
		}
		for len(seated) < want {
			seated[pick(g, pool)] = true
		}
		added := c.CreatedAt.Add(time.Duration(1+g.rng.IntN(72)) * time.Hour)
		for _, i := range pool { // pool order keeps the result deterministic
			if seated[i] {
				out = append(out, storage.Membership{CommitteeID: c.ID, Stakeholder: ss[i].ID, AddedBy: g.opts.Actor, AddedAt: added})
			}
		}
	}
	return out
}

// commitments makes n commitments, most owned by a committee member for
// that committee, with their history events. Due days spread from about
// ten months ago to four months ahead; past ones are mostly closed, some
// still open (overdue).
func (g *generator) commitments(n int, ss []storage.Stakeholder, ms []storage.Membership) ([]storage.Commitment, []storage.CommitmentEvent) {
	byID := make(map[string]*storage.Stakeholder, len(ss))
	var active []*storage.Stakeholder
	for i := range ss {
		byID[ss[i].ID] = &ss[i]
		if ss[i].Status == storage.StatusConfirmed {
			active = append(active, &ss[i])
		}
	}
	out := make([]storage.Commitment, 0, n)
	var events []storage.CommitmentEvent
	for range n {
		c := storage.Commitment{ID: g.id("c"), CreatedBy: g.opts.Actor}
		if len(ms) > 0 && g.chance(0.8) {
			m := pick(g, ms)
			c.Owner, c.Committee = m.Stakeholder, m.CommitteeID
		} else {
			c.Owner = pick(g, active).ID
		}
		c.Text = g.measure(byID[c.Owner], active)
		created := -330 + g.rng.IntN(325)
		c.CreatedAt = g.instant(created)
		c.Due = g.day(created + 14 + g.rng.IntN(110))
		c.Status = g.finalStatus(c.Due < g.day(0))
		evs := g.history(&c, created)
		c.UpdatedAt, c.Version = evs[len(evs)-1].At, len(evs)
		if c.Closed() {
			c.ClosedAt = c.UpdatedAt
		}
		events = append(events, evs...)
		out = append(out, c)
	}
	return out, events
}

// measure returns a commitment text; some name another stakeholder.
func (g *generator) measure(owner *storage.Stakeholder, others []*storage.Stakeholder) string {
	topic := pick(g, owner.Topics)
	if g.chance(0.15) {
		other := pick(g, others)
		return fmt.Sprintf("Termin mit %s (%s) zu %s abstimmen", other.Name, other.Org, topic)
	}
	return fmt.Sprintf(pick(g, measures), topic)
}

// finalStatus draws a commitment's current status; past ones are mostly
// closed.
func (g *generator) finalStatus(past bool) string {
	r := g.rng.Float64()
	weights := []float64{0.5, 0.85, 0.97} // open, in-progress, done, else dropped
	if past {
		weights = []float64{0.2, 0.35, 0.9}
	}
	for i, w := range weights {
		if r < w {
			return storage.CommitmentStatuses[i]
		}
	}
	return storage.CommitmentDropped
}

var dropReasons = []string{
	"Wird im Rahmen der AG Übergang Schule–Beruf erledigt.", "Förderprogramm ausgelaufen.",
	"Nach Rücksprache in der Lenkungsgruppe nicht mehr erforderlich.",
}

var progressNotes = []string{
	"Erster Entwurf liegt vor.", "Abstimmung mit dem Schulamt läuft.", "Termin für die Vorstellung steht.",
	"Rückmeldungen der Träger eingearbeitet.",
}

// history makes the events that lead a commitment created on day offset
// created to its status: created, maybe a postponed due day and notes,
// then the status changes. Events are numbered 1, 2, 3… and never lie
// after now.
func (g *generator) history(c *storage.Commitment, created int) []storage.CommitmentEvent {
	day := created
	var evs []storage.CommitmentEvent
	add := func(kind, from, to, note string) {
		at := c.CreatedAt
		if len(evs) > 0 {
			day = min(day+1+g.rng.IntN(20), 0)
			at = g.instant(day)
			if prev := evs[len(evs)-1].At; at.Before(prev) {
				at = prev
			}
		}
		evs = append(evs, storage.CommitmentEvent{
			Commitment: c.ID, Seq: len(evs) + 1, At: at, Actor: g.opts.Actor, Kind: kind, From: from, To: to, Note: note,
		})
	}
	add(storage.EventCreated, "", storage.CommitmentOpen, "")
	if g.chance(0.15) {
		old := c.Due
		due, _ := time.Parse(time.DateOnly, old)
		c.Due = due.AddDate(0, 0, 14+g.rng.IntN(30)).Format(time.DateOnly)
		add(storage.EventDue, old, c.Due, "")
	}
	if c.Status != storage.CommitmentOpen && c.Status != storage.CommitmentDropped {
		add(storage.EventStatus, storage.CommitmentOpen, storage.CommitmentInProgress, "")
		if g.chance(0.4) {
			add(storage.EventNote, "", "", pick(g, progressNotes))
		}
	}
	switch c.Status {
	case storage.CommitmentDone:
		add(storage.EventStatus, storage.CommitmentInProgress, storage.CommitmentDone, "")
	case storage.CommitmentDropped:
		add(storage.EventStatus, storage.CommitmentOpen, storage.CommitmentDropped, pick(g, dropReasons))
	}
	return evs
}

// meetingIntervals gives the days between meetings per kind.
var meetingIntervals = map[string]int{
	storage.KindSteering: 91, storage.KindStrategy: 61, storage.KindWorking: 30, storage.KindExisting: 91,
}

var meetingNotes = []string{
	"Sachstand der Maßnahmen besprochen.", "Schwerpunkt: %s.", "Gäste aus der Verwaltung berichteten zu %s.",
	"Nächste Schritte zu %s vereinbart.",
}

// meetings makes a year of meetings per committee in its rhythm. Each
// member has a reliability of 50–95 %; now and then a guest comes.
func (g *generator) meetings(cs []storage.Committee, ms []storage.Membership) []storage.Meeting {
	members := map[string][]string{}
	reliability := map[string]float64{}
	var everyone []string
	for _, m := range ms {
		members[m.CommitteeID] = append(members[m.CommitteeID], m.Stakeholder)
		if _, ok := reliability[m.Stakeholder]; !ok {
			reliability[m.Stakeholder] = 0.5 + 0.45*g.rng.Float64()
			everyone = append(everyone, m.Stakeholder)
		}
	}
	var out []storage.Meeting
	for _, c := range cs {
		step := meetingIntervals[c.Kind]
		for day := -365 + g.rng.IntN(step); day < 0; day += step - 3 + g.rng.IntN(7) {
			m := storage.Meeting{
				ID: g.id("m"), CommitteeID: c.ID, Date: g.day(day),
				Members: members[c.ID], Present: []string{},
				LoggedBy: g.opts.Actor, LoggedAt: g.instant(min(day+g.rng.IntN(3), 0)),
			}
			for _, s := range m.Members {
				if g.chance(reliability[s]) {
					m.Present = append(m.Present, s)
				}
			}
			if len(everyone) > 0 && g.chance(0.1) {
				if guest := pick(g, everyone); !slices.Contains(m.Members, guest) {
					m.Present = append(m.Present, guest)
				}
			}
			if g.chance(0.4) {
				m.Note = pick(g, meetingNotes)
				if strings.Contains(m.Note, "%s") {
					m.Note = fmt.Sprintf(m.Note, pick(g, topics))
				}
			}
			out = append(out, m)
		}
	}
	return out
}
