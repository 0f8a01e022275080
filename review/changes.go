package review

import (
	"strings"

	"github.com/netzwerkbot/netzwerkbot/storage"
)

// The audit actions the analysis reads (written by the bot package).
const (
	actionStakeholderEdit    = "stakeholder.edit"
	actionStakeholderConfirm = "stakeholder.confirm"
	actionStakeholderArchive = "stakeholder.archive"
	actionCommitteeArchive   = "committee.archive"
	actionMemberAdd          = "committee.member_add"
	actionMemberRemove       = "committee.member_remove"
	targetCommitment         = "commitment"
	fieldTopics              = "topics"
	fieldMember              = "member"
)

// Where Changes took the state at the period start from.
const (
	FromPrevious = "previous" // the previous analysis (exact)
	FromAudit    = "audit"    // rebuilt from the records and the audit log
)

// Changes are the priorities that changed in the period: since the
// previous review, or since the period start for a first review.
type Changes struct {
	// StakeholdersAdded were created in the period and are not archived;
	// StakeholdersConfirmed are confirmed now and were confirmed in the
	// period (taken back from the archive included: the audit does not
	// tell the two apart); StakeholdersArchived are archived now and were
	// archived in the period (a stakeholder both created and archived in
	// the period is in neither). The same holds for committees.
	StakeholdersAdded     []Ref `bson:"stakeholders_added" json:"stakeholders_added"`
	StakeholdersConfirmed []Ref `bson:"stakeholders_confirmed" json:"stakeholders_confirmed"`
	StakeholdersArchived  []Ref `bson:"stakeholders_archived" json:"stakeholders_archived"`
	CommitteesAdded       []Ref `bson:"committees_added" json:"committees_added"`
	CommitteesArchived    []Ref `bson:"committees_archived" json:"committees_archived"`
	// Memberships are, per committee in scope that existed before the
	// period (by name), the members who joined and left in it; only
	// committees with a change are listed.
	Memberships []MembershipChange `bson:"memberships" json:"memberships"`
	// TopicsGained are topics (case folded) that stakeholders not archived
	// have now but no one had at the period start; TopicsLost the reverse.
	// Sorted.
	TopicsGained []string `bson:"topics_gained" json:"topics_gained"`
	TopicsLost   []string `bson:"topics_lost" json:"topics_lost"`
	// Topics are the topics whose stakeholders or commitments changed
	// against the previous review's tallies (see Analysis.Topics), by topic.
	Topics []TopicChange `bson:"topic_changes" json:"topic_changes"`
	// SectorsBefore is the sector mix at the period start: the previous
	// review's Sectors, or rebuilt for a first review (stakeholders and
	// steering-group members then, with their sectors of now).
	SectorsBefore SectorMix `bson:"sectors_before" json:"sectors_before"`
	// From says where the topics and sectors at the period start came
	// from: FromPrevious or FromAudit.
	From string `bson:"from" json:"from"`
}

// MembershipChange is who joined and who left one committee in the
// period, each by name.
type MembershipChange struct {
	Committee Ref   `bson:"committee" json:"committee"`
	Joined    []Ref `bson:"joined" json:"joined"`
	Left      []Ref `bson:"left" json:"left"`
}

// changes computes the changed priorities of the period; now are the
// topic tallies at its end.
func (n *network) changes(prev *Analysis, now []TopicTally) Changes {
	window := n.period
	archivedIn := n.archivedIn(window)
	ch := Changes{
		StakeholdersAdded: []Ref{}, StakeholdersConfirmed: []Ref{}, StakeholdersArchived: []Ref{},
		CommitteesAdded: []Ref{}, CommitteesArchived: []Ref{},
	}
	confirmedIn := map[string]bool{}
	for _, e := range n.audit {
		if window.Contains(e.At) && e.Action == actionStakeholderConfirm {
			confirmedIn[e.TargetID] = true
		}
	}
	for _, s := range n.stakeholders {
		ref := Ref{ID: s.ID, Name: s.Name}
		created, archived := window.Contains(s.CreatedAt), s.Status == storage.StatusArchived
		switch {
		case created && !archived:
			ch.StakeholdersAdded = append(ch.StakeholdersAdded, ref)
		case !created && archived && archivedIn["stakeholder/"+s.ID]:
			ch.StakeholdersArchived = append(ch.StakeholdersArchived, ref)
		}
		if s.Status == storage.StatusConfirmed && confirmedIn[s.ID] {
			ch.StakeholdersConfirmed = append(ch.StakeholdersConfirmed, ref)
		}
	}
	for _, c := range n.committees {
		created, archived := window.Contains(c.CreatedAt), c.Status == storage.CommitteeArchived
		switch {
		case created && !archived:
			ch.CommitteesAdded = append(ch.CommitteesAdded, Ref{ID: c.ID, Name: c.Name})
		case !created && archived && archivedIn["committee/"+c.ID]:
			ch.CommitteesArchived = append(ch.CommitteesArchived, Ref{ID: c.ID, Name: c.Name})
		}
	}
	flows := n.membershipFlows(window)
	ch.Memberships = n.membershipChanges(flows)
	var before []TopicTally
	if prev != nil {
		before, ch.SectorsBefore, ch.From = prev.Topics, prev.Sectors, FromPrevious
	} else {
		earlier := Period{From: window.From.Add(-window.To.Sub(window.From)), To: window.From}
		before = n.topicTallies(n.topicsAt(window, archivedIn), earlier)
		ch.SectorsBefore, ch.From = n.sectorMixAt(window, archivedIn, flows), FromAudit
	}
	ch.Topics, ch.TopicsGained, ch.TopicsLost = compareTopics(before, now)
	return ch
}

// archivedIn returns "kind/id" of the stakeholders and committees archived
// in window.
func (n *network) archivedIn(window Period) map[string]bool {
	out := map[string]bool{}
	for _, e := range n.audit {
		if window.Contains(e.At) && (e.Action == actionStakeholderArchive || e.Action == actionCommitteeArchive) {
			out[e.TargetKind+"/"+e.TargetID] = true
		}
	}
	return out
}

// membershipFlow is the net change of one committee's members in a
// window: stakeholder id → true for joined, false for left.
type membershipFlow map[string]bool

// membershipFlows returns, per committee, the members who joined (member
// now, first change in window an addition, or added in window without an
// audit entry) and who left (no member now, first change a removal).
// Changes that were undone in the window are no change.
func (n *network) membershipFlows(window Period) map[string]membershipFlow {
	first := map[string]string{} // "committee/stakeholder" → first action in window
	for _, e := range n.audit {
		if !window.Contains(e.At) || (e.Action != actionMemberAdd && e.Action != actionMemberRemove) {
			continue
		}
		for _, c := range e.Changes {
			if c.Field != fieldMember {
				continue
			}
			id, _, _ := strings.Cut(strings.TrimSpace(c.After+c.Before), " ")
			if key := e.TargetID + "/" + id; first[key] == "" {
				first[key] = e.Action
			}
		}
	}
	member := map[string]bool{}
	for _, m := range n.memberships {
		key := m.CommitteeID + "/" + m.Stakeholder
		member[key] = true
		if first[key] == "" && window.Contains(m.AddedAt) {
			first[key] = actionMemberAdd
		}
	}
	out := map[string]membershipFlow{}
	for key, action := range first {
		committee, stakeholder, _ := strings.Cut(key, "/")
		joined := action == actionMemberAdd
		if joined != member[key] {
			continue // undone in the window
		}
		if out[committee] == nil {
			out[committee] = membershipFlow{}
		}
		out[committee][stakeholder] = joined
	}
	return out
}

// membershipChanges lists the flows of the committees in scope that
// existed before the period, by committee name and member name.
func (n *network) membershipChanges(flows map[string]membershipFlow) []MembershipChange {
	out := []MembershipChange{}
	for _, c := range n.committees { // by name
		flow := flows[c.ID]
		if len(flow) == 0 || !n.inScope(c.ID) || !c.CreatedAt.Before(n.period.From) {
			continue
		}
		mc := MembershipChange{Committee: Ref{ID: c.ID, Name: c.Name}, Joined: []Ref{}, Left: []Ref{}}
		for _, s := range n.stakeholders { // by name
			joined, changed := flow[s.ID]
			switch {
			case changed && joined:
				mc.Joined = append(mc.Joined, Ref{ID: s.ID, Name: s.Name})
			case changed:
				mc.Left = append(mc.Left, Ref{ID: s.ID, Name: s.Name})
			}
		}
		if len(mc.Joined)+len(mc.Left) > 0 {
			out = append(out, mc)
		}
	}
	return out
}
