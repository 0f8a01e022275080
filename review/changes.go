package review

import (
	"slices"
	"strings"

	"github.com/netzwerkbot/netzwerkbot/storage"
)

// The audit actions the analysis reads (written by the bot package).
const (
	actionStakeholderEdit    = "stakeholder.edit"
	actionStakeholderArchive = "stakeholder.archive"
	actionCommitteeArchive   = "committee.archive"
	targetCommitment         = "commitment"
	fieldTopics              = "topics"
)

// Where Changes took the earlier topics from.
const (
	TopicsFromPrevious = "previous" // the previous analysis's Topics
	TopicsFromAudit    = "audit"    // rebuilt from the audit log
)

// Changes are the priorities that changed in [Since, period end): records
// added or archived, and topics gained or lost.
type Changes struct {
	// StakeholdersAdded were created in the window and are not archived;
	// StakeholdersArchived are archived now and were archived in the window
	// (a stakeholder both created and archived in the window is in
	// neither). The same holds for committees.
	StakeholdersAdded    []Ref `bson:"stakeholders_added" json:"stakeholders_added"`
	StakeholdersArchived []Ref `bson:"stakeholders_archived" json:"stakeholders_archived"`
	CommitteesAdded      []Ref `bson:"committees_added" json:"committees_added"`
	CommitteesArchived   []Ref `bson:"committees_archived" json:"committees_archived"`
	// TopicsGained are topics (case folded) that stakeholders not archived
	// have now but had not at Since; TopicsLost the reverse. Sorted.
	TopicsGained []string `bson:"topics_gained" json:"topics_gained"`
	TopicsLost   []string `bson:"topics_lost" json:"topics_lost"`
	// TopicsFrom says where the topics at Since came from.
	TopicsFrom string `bson:"topics_from" json:"topics_from"`
}

// changes computes the changed priorities since n.since. The topics at
// Since are the previous analysis's Topics when prev is given (exact);
// otherwise they are rebuilt from the audit log (see topicsAt).
func (n *network) changes(prev *Analysis) Changes {
	window := Period{From: n.since, To: n.period.To}
	archivedIn := map[string]bool{} // "kind/id" archived in the window
	for _, e := range n.audit {
		if window.Contains(e.At) && (e.Action == actionStakeholderArchive || e.Action == actionCommitteeArchive) {
			archivedIn[e.TargetKind+"/"+e.TargetID] = true
		}
	}
	ch := Changes{
		StakeholdersAdded: []Ref{}, StakeholdersArchived: []Ref{},
		CommitteesAdded: []Ref{}, CommitteesArchived: []Ref{},
	}
	for _, s := range n.stakeholders {
		created, archived := window.Contains(s.CreatedAt), s.Status == storage.StatusArchived
		switch {
		case created && !archived:
			ch.StakeholdersAdded = append(ch.StakeholdersAdded, Ref{ID: s.ID, Name: s.Name})
		case !created && archived && archivedIn["stakeholder/"+s.ID]:
			ch.StakeholdersArchived = append(ch.StakeholdersArchived, Ref{ID: s.ID, Name: s.Name})
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
	before := prev.topicsOrNil()
	ch.TopicsFrom = TopicsFromPrevious
	if prev == nil {
		before, ch.TopicsFrom = n.topicsAt(window, archivedIn), TopicsFromAudit
	}
	now := n.topicsNow()
	ch.TopicsGained, ch.TopicsLost = minus(now, before), minus(before, now)
	return ch
}

// topicsOrNil returns a's Topics, case folded; nil for no analysis.
func (a *Analysis) topicsOrNil() []string {
	if a == nil {
		return nil
	}
	return foldTopics(a.Topics)
}

// topicsNow returns the topics of the stakeholders not archived, case
// folded, sorted, without repeats.
func (n *network) topicsNow() []string {
	var out []string
	for _, s := range n.stakeholders {
		if s.Status != storage.StatusArchived {
			out = append(out, s.Topics...)
		}
	}
	return foldTopics(out)
}

// topicsAt rebuilds the topics of the stakeholders not archived at the
// window's start from the audit log. A stakeholder counts when it was
// created before the window and is either not archived now or was archived
// in the window. Its topics then are the "before" value of its first
// topics change in the window, or its current topics when none changed.
// (A stakeholder archived before the window and restored in it is counted
// as not archived at the start: the audit does not tell a restore from
// the confirmation of a proposed stakeholder.)
func (n *network) topicsAt(window Period, archivedIn map[string]bool) []string {
	first := map[string]string{} // stakeholder → topics before the first change
	for _, e := range n.audit {
		if e.Action != actionStakeholderEdit || !window.Contains(e.At) {
			continue
		}
		if _, seen := first[e.TargetID]; seen {
			continue
		}
		for _, c := range e.Changes {
			if c.Field == fieldTopics {
				first[e.TargetID] = c.Before
			}
		}
	}
	var out []string
	for _, s := range n.stakeholders {
		if !s.CreatedAt.Before(window.From) || (s.Status == storage.StatusArchived && !archivedIn["stakeholder/"+s.ID]) {
			continue
		}
		if before, changed := first[s.ID]; changed {
			out = append(out, strings.Split(before, ",")...)
		} else {
			out = append(out, s.Topics...)
		}
	}
	return foldTopics(out)
}

// foldTopics trims and lower-cases topics, drops empty ones and repeats,
// and sorts them.
func foldTopics(topics []string) []string {
	out := []string{}
	for _, t := range topics {
		if t = storage.NameKey(t); t != "" {
			out = append(out, t)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// minus returns the elements of a (sorted) not in b, sorted.
func minus(a, b []string) []string {
	out := []string{}
	for _, s := range a {
		if !slices.Contains(b, s) {
			out = append(out, s)
		}
	}
	return out
}
