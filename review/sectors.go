package review

import (
	"slices"

	"github.com/netzwerkbot/netzwerkbot/storage"
)

// SectorMix is how many stakeholders of each sector the network and its
// steering groups hold.
type SectorMix struct {
	// Network counts the stakeholders not archived; Steering the members
	// of the active steering groups (each stakeholder once). Sectors with
	// no one are left out; the order is the workspace's sector list, then
	// other sectors sorted, then "" for stakeholders without a sector.
	Network  []SectorCount `bson:"network" json:"network"`
	Steering []SectorCount `bson:"steering" json:"steering"`
}

// SectorCount is the number of stakeholders of one sector.
type SectorCount struct {
	Sector string `bson:"sector" json:"sector"`
	Count  int    `bson:"count" json:"count"`
}

// sectorMixNow returns the sector mix at the end of the period.
func (n *network) sectorMixNow() SectorMix {
	var network []*storage.Stakeholder
	for i := range n.stakeholders {
		if n.stakeholders[i].Status != storage.StatusArchived {
			network = append(network, &n.stakeholders[i])
		}
	}
	steering := map[string]bool{}
	for _, c := range n.committees {
		if c.Kind == storage.KindSteering && c.Status != storage.CommitteeArchived {
			for _, s := range n.currentMembers(c.ID) {
				steering[s.ID] = true
			}
		}
	}
	return SectorMix{Network: n.countSectors(network), Steering: n.countSectors(n.pick(steering))}
}

// sectorMixAt rebuilds the sector mix at the window's start: the
// stakeholders in the register then (see existedAt), and the members then
// of the steering groups that existed and were active, each with the
// sector they have now (the audit keeps sector changes only as display
// names).
func (n *network) sectorMixAt(window Period, archivedIn map[string]bool, flows map[string]membershipFlow) SectorMix {
	var network []*storage.Stakeholder
	existed := map[string]bool{}
	for i := range n.stakeholders {
		if s := &n.stakeholders[i]; n.existedAt(*s, window, archivedIn) {
			network = append(network, s)
			existed[s.ID] = true
		}
	}
	steering := map[string]bool{}
	for _, c := range n.committees {
		if c.Kind != storage.KindSteering || !c.CreatedAt.Before(window.From) ||
			(c.Status == storage.CommitteeArchived && !archivedIn["committee/"+c.ID]) {
			continue
		}
		flow := flows[c.ID]
		for _, id := range n.members[c.ID] {
			if joined, changed := flow[id]; existed[id] && !(changed && joined) {
				steering[id] = true
			}
		}
		for id, joined := range flow {
			if !joined && existed[id] {
				steering[id] = true
			}
		}
	}
	return SectorMix{Network: n.countSectors(network), Steering: n.countSectors(n.pick(steering))}
}

// pick returns the stakeholders of ids, by name.
func (n *network) pick(ids map[string]bool) []*storage.Stakeholder {
	var out []*storage.Stakeholder
	for i := range n.stakeholders {
		if ids[n.stakeholders[i].ID] {
			out = append(out, &n.stakeholders[i])
		}
	}
	return out
}

// countSectors counts ss per sector, in the order SectorMix describes.
func (n *network) countSectors(ss []*storage.Stakeholder) []SectorCount {
	count := map[string]int{}
	for _, s := range ss {
		count[s.Sector]++
	}
	out := []SectorCount{}
	for _, sector := range n.sectors {
		if count[sector] > 0 {
			out = append(out, SectorCount{Sector: sector, Count: count[sector]})
			delete(count, sector)
		}
	}
	var others []string
	for sector := range count {
		if sector != "" {
			others = append(others, sector)
		}
	}
	slices.Sort(others)
	for _, sector := range others {
		out = append(out, SectorCount{Sector: sector, Count: count[sector]})
	}
	if count[""] > 0 {
		out = append(out, SectorCount{Count: count[""]})
	}
	return out
}
