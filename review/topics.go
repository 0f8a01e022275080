package review

import (
	"slices"
	"strings"

	"github.com/netzwerkbot/netzwerkbot/storage"
)

// TopicTally counts, for one topic (case folded), the stakeholders not
// archived who have it and the commitments created in a period whose
// owner has it.
type TopicTally struct {
	Topic        string `bson:"topic" json:"topic"`
	Stakeholders int    `bson:"stakeholders" json:"stakeholders"`
	Commitments  int    `bson:"commitments" json:"commitments"`
}

// TopicChange is a topic whose stakeholders or commitments changed
// between the period start (…Before: the previous review's tallies, or
// rebuilt for a first review, when the commitments are those of the
// period of the same length before) and now.
type TopicChange struct {
	Topic              string `bson:"topic" json:"topic"`
	StakeholdersBefore int    `bson:"stakeholders_before" json:"stakeholders_before"`
	Stakeholders       int    `bson:"stakeholders" json:"stakeholders"`
	CommitmentsBefore  int    `bson:"commitments_before" json:"commitments_before"`
	Commitments        int    `bson:"commitments" json:"commitments"`
}

// topicsNow returns the topics (case folded) of every stakeholder not
// archived, by stakeholder id.
func (n *network) topicsNow() map[string][]string {
	out := map[string][]string{}
	for _, s := range n.stakeholders {
		if s.Status != storage.StatusArchived {
			out[s.ID] = foldTopics(s.Topics)
		}
	}
	return out
}

// topicsAt rebuilds, from the audit log, the topics of the stakeholders
// not archived at the window's start, by stakeholder id. A stakeholder
// counts when it was created before the window and is either not archived
// now or was archived in the window. Its topics then are the "before"
// value of its first topics change in the window, or its current topics
// when none changed. (A stakeholder archived before the window and
// restored in it is counted as not archived at the start: the audit does
// not tell a restore from the confirmation of a proposed stakeholder.)
func (n *network) topicsAt(window Period, archivedIn map[string]bool) map[string][]string {
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
	out := map[string][]string{}
	for _, s := range n.stakeholders {
		if !n.existedAt(s, window, archivedIn) {
			continue
		}
		if before, changed := first[s.ID]; changed {
			out[s.ID] = foldTopics(strings.Split(before, ","))
		} else {
			out[s.ID] = foldTopics(s.Topics)
		}
	}
	return out
}

// existedAt reports whether s was in the register, not archived, at the
// window's start (see topicsAt for the one case the audit cannot tell).
func (n *network) existedAt(s storage.Stakeholder, window Period, archivedIn map[string]bool) bool {
	return s.CreatedAt.Before(window.From) && (s.Status != storage.StatusArchived || archivedIn["stakeholder/"+s.ID])
}

// topicTallies counts, per topic of topicsOf (stakeholder id → topics),
// its stakeholders and the commitments created in p whose owner has it,
// sorted by topic.
func (n *network) topicTallies(topicsOf map[string][]string, p Period) []TopicTally {
	tally := map[string]*TopicTally{}
	get := func(topic string) *TopicTally {
		if tally[topic] == nil {
			tally[topic] = &TopicTally{Topic: topic}
		}
		return tally[topic]
	}
	for _, topics := range topicsOf {
		for _, t := range topics {
			get(t).Stakeholders++
		}
	}
	for _, c := range n.commitments {
		if p.Contains(c.CreatedAt) {
			for _, t := range topicsOf[c.Owner] {
				get(t).Commitments++
			}
		}
	}
	out := make([]TopicTally, 0, len(tally))
	for _, t := range tally {
		out = append(out, *t)
	}
	slices.SortFunc(out, func(a, b TopicTally) int { return strings.Compare(a.Topic, b.Topic) })
	return out
}

// compareTopics returns the topics whose tallies differ between before and
// now, and the topics gained (no stakeholder before, some now) and lost
// (the reverse), each sorted.
func compareTopics(before, now []TopicTally) (changed []TopicChange, gained, lost []string) {
	all := map[string]*TopicChange{}
	get := func(topic string) *TopicChange {
		topic = storage.NameKey(topic)
		if all[topic] == nil {
			all[topic] = &TopicChange{Topic: topic}
		}
		return all[topic]
	}
	for _, t := range before {
		c := get(t.Topic)
		c.StakeholdersBefore += t.Stakeholders
		c.CommitmentsBefore += t.Commitments
	}
	for _, t := range now {
		c := get(t.Topic)
		c.Stakeholders += t.Stakeholders
		c.Commitments += t.Commitments
	}
	changed, gained, lost = []TopicChange{}, []string{}, []string{}
	for _, c := range all {
		if c.StakeholdersBefore != c.Stakeholders || c.CommitmentsBefore != c.Commitments {
			changed = append(changed, *c)
		}
		switch {
		case c.StakeholdersBefore == 0 && c.Stakeholders > 0:
			gained = append(gained, c.Topic)
		case c.StakeholdersBefore > 0 && c.Stakeholders == 0:
			lost = append(lost, c.Topic)
		}
	}
	slices.SortFunc(changed, func(a, b TopicChange) int { return strings.Compare(a.Topic, b.Topic) })
	slices.Sort(gained)
	slices.Sort(lost)
	return changed, gained, lost
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
