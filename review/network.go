package review

import (
	"cmp"
	"context"
	"slices"
	"strings"
	"time"

	"github.com/netzwerkbot/netzwerkbot/storage"
)

// network is everything an analysis reads, each collection fetched once
// with a plain team-scoped find and indexed in maps.
type network struct {
	period   Period
	lateFrom time.Time
	zone     *time.Location
	// scope holds the committees whose meetings count, nil for all (a
	// review of the whole network); see limitTo.
	scope map[string]bool

	sectors      []string
	stakeholders []storage.Stakeholder // all statuses, by name then id
	byID         map[string]*storage.Stakeholder
	bySlackUser  map[string][]*storage.Stakeholder
	committees   []storage.Committee // all statuses, by name then id
	committee    map[string]*storage.Committee
	members      map[string][]string // committee id → stakeholder ids, sorted
	memberships  []storage.Membership
	commitments  []storage.Commitment
	meetings     []meeting // those with a well-formed day before the period end
	audit        []storage.AuditEntry
}

// loadNetwork reads the workspace: settings, stakeholders, committees,
// memberships, commitments and meetings whole; audit entries from the
// look-back start up to the period end. It does not read commitment
// events: the embedded server scans a whole collection for every find, and
// the audit log holds the same changes with their actor (see doneInPeriod
// and lastActivities).
func loadNetwork(ctx context.Context, team *storage.Team, p Period, opts Options) (*network, error) {
	n := &network{period: p, lateFrom: opts.LateFrom.UTC(), zone: opts.Zone}
	if err := team.LoadCaches(ctx); err != nil {
		return nil, err
	}
	settings, err := team.Settings(ctx)
	if err != nil {
		return nil, err
	}
	n.sectors = settings.SectorList()
	if n.stakeholders, err = team.Stakeholders(ctx, storage.StakeholderFilter{}); err != nil {
		return nil, err
	}
	if n.committees, err = team.Committees(ctx); err != nil {
		return nil, err
	}
	memberships, err := team.Members(ctx, "")
	if err != nil {
		return nil, err
	}
	if n.commitments, err = team.AllCommitments(ctx); err != nil {
		return nil, err
	}
	meetings, err := team.Meetings(ctx, "")
	if err != nil {
		return nil, err
	}
	if n.audit, err = team.AuditBetween(ctx, p.lookBack().From, p.To); err != nil {
		return nil, err
	}
	n.index(memberships, meetings)
	return n, nil
}

// index builds the maps and keeps the meetings of the period.
func (n *network) index(memberships []storage.Membership, meetings []storage.Meeting) {
	slices.SortFunc(n.stakeholders, func(a, b storage.Stakeholder) int { return byName(a.NameKey, a.ID, b.NameKey, b.ID) })
	slices.SortFunc(n.committees, func(a, b storage.Committee) int { return byName(a.NameKey, a.ID, b.NameKey, b.ID) })
	n.byID = make(map[string]*storage.Stakeholder, len(n.stakeholders))
	n.bySlackUser = map[string][]*storage.Stakeholder{}
	for i := range n.stakeholders {
		s := &n.stakeholders[i]
		n.byID[s.ID] = s
		if s.SlackUser != "" {
			n.bySlackUser[s.SlackUser] = append(n.bySlackUser[s.SlackUser], s)
		}
	}
	n.committee = make(map[string]*storage.Committee, len(n.committees))
	for i := range n.committees {
		n.committee[n.committees[i].ID] = &n.committees[i]
	}
	n.members, n.memberships = map[string][]string{}, memberships
	for _, m := range memberships {
		n.members[m.CommitteeID] = append(n.members[m.CommitteeID], m.Stakeholder)
	}
	for _, ids := range n.members {
		slices.Sort(ids)
	}
	for i := range meetings {
		if day, ok := n.dayStart(meetings[i].Date); ok && day.Before(n.period.To) {
			n.meetings = append(n.meetings, meeting{Meeting: &meetings[i], start: day})
		}
	}
}

// meeting is a meeting with the instant its local day begins.
type meeting struct {
	*storage.Meeting
	start time.Time
}

// limitTo limits the analysis to the meetings of the reviewed committees.
func (n *network) limitTo(reviewed []*storage.Committee) {
	n.scope = make(map[string]bool, len(reviewed))
	for _, c := range reviewed {
		n.scope[c.ID] = true
	}
}

// inScope reports whether the meetings of committee id count.
func (n *network) inScope(id string) bool { return n.scope == nil || n.scope[id] }

// counted reports whether meeting m counts in the period: it is a meeting
// of a committee in scope, and its day lies in the period, or it is a late
// entry (dated before the period, logged at or after lateFrom, so the
// previous review did not see it).
func (n *network) counted(m meeting) bool {
	if !n.inScope(m.CommitteeID) {
		return false
	}
	late := !n.lateFrom.IsZero() && m.start.Before(n.period.From) && !m.LoggedAt.Before(n.lateFrom)
	return n.period.Contains(m.start) || late
}

// byName orders records by name key, then by id.
func byName(nameA, idA, nameB, idB string) int {
	return cmp.Or(cmp.Compare(nameA, nameB), cmp.Compare(idA, idB))
}

// dayStart returns the instant the local day "2006-01-02" begins in the
// workspace's zone; false for a malformed day.
func (n *network) dayStart(day string) (time.Time, bool) {
	t, err := time.ParseInLocation(time.DateOnly, day, n.zone)
	return t.UTC(), err == nil
}

// current reports whether a stakeholder counts in the analysis: it exists
// and is confirmed or proposed, not archived.
func (n *network) current(id string) (*storage.Stakeholder, bool) {
	s, ok := n.byID[id]
	return s, ok && s.Status != storage.StatusArchived
}

// currentMembers returns the stakeholders, not archived, who sit in
// committee id now, by name.
func (n *network) currentMembers(id string) []*storage.Stakeholder {
	var out []*storage.Stakeholder
	for _, sid := range n.members[id] {
		if s, ok := n.current(sid); ok {
			out = append(out, s)
		}
	}
	slices.SortFunc(out, func(a, b *storage.Stakeholder) int { return byName(a.NameKey, a.ID, b.NameKey, b.ID) })
	return out
}

// reviewed returns the committees under review, by name: those named by
// ids (any case, any status), or every active committee when ids is empty.
// KindNotFound names the first id that does not exist.
func (n *network) reviewed(ids []string) ([]*storage.Committee, error) {
	var out []*storage.Committee
	if len(ids) == 0 {
		for i := range n.committees {
			if n.committees[i].Status != storage.CommitteeArchived {
				out = append(out, &n.committees[i])
			}
		}
		return out, nil
	}
	want := map[string]bool{}
	for _, id := range ids {
		id = strings.ToLower(id)
		if _, ok := n.committee[id]; !ok {
			return nil, &storage.Error{Kind: storage.KindNotFound, Op: "analyze: committee " + id}
		}
		want[id] = true
	}
	for i := range n.committees {
		if want[n.committees[i].ID] {
			out = append(out, &n.committees[i])
		}
	}
	return out, nil
}

// stakeholderRefs names stakeholders.
func stakeholderRefs(ss []*storage.Stakeholder) []Ref {
	out := make([]Ref, len(ss))
	for i, s := range ss {
		out[i] = Ref{ID: s.ID, Name: s.Name}
	}
	return out
}
