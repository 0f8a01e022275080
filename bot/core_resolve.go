package bot

import (
	"fmt"
	"strings"

	"github.com/netzwerkbot/netzwerkbot/bot/cmdline"
	"github.com/netzwerkbot/netzwerkbot/storage"
)

// maxCandidates is how many matches an ambiguity message lists.
const maxCandidates = 10

// resolveStakeholder finds the one stakeholder that ref names: by short id,
// by linked Slack user (for a mention) or by exact name, ignoring case. It
// fails with KindNotFound when nothing matches and with KindConflict, the
// candidates listed, when several do.
func (cl *call) resolveStakeholder(ref []cmdline.Value) (storage.Stakeholder, error) {
	text := cmdline.JoinText(ref)
	if text == "" {
		return storage.Stakeholder{}, fail(storage.KindInvalid, "err.ref_missing")
	}
	var found []storage.Stakeholder
	var err error
	switch {
	case len(ref) == 1 && ref[0].Kind == cmdline.User:
		id, uerr := cmdline.SlackUserID(ref[0])
		if uerr != nil {
			return storage.Stakeholder{}, uerr
		}
		found, err = cl.team.StakeholdersBySlackUser(cl.ctx, id)
	default:
		if s, idErr := cl.team.Stakeholder(cl.ctx, text); idErr == nil {
			return s, nil
		} else if !storage.IsNotFound(idErr) {
			return storage.Stakeholder{}, idErr
		}
		found, err = cl.team.StakeholdersByName(cl.ctx, text)
	}
	if err != nil {
		return storage.Stakeholder{}, err
	}
	switch len(found) {
	case 0:
		return storage.Stakeholder{}, fail(storage.KindNotFound, "err.stakeholder_not_found", text)
	case 1:
		return found[0], nil
	}
	return storage.Stakeholder{}, fail(storage.KindConflict, "err.stakeholder_ambiguous", text, candidateList(found))
}

// candidateList formats stakeholders as "s4k7 Eva Muster (VHS)", one per
// line, at most maxCandidates.
func candidateList(list []storage.Stakeholder) string {
	var b strings.Builder
	for i, s := range list {
		if i == maxCandidates {
			fmt.Fprintf(&b, "\n…")
			break
		}
		fmt.Fprintf(&b, "\n• %s %s", s.ID, s.Name)
		if s.Org != "" {
			fmt.Fprintf(&b, " (%s)", s.Org)
		}
	}
	return b.String()
}

// resolveCommittee finds the committee that ref names, by short id or by
// name (ignoring case). It fails with KindNotFound, naming ref, when there
// is none.
func (cl *call) resolveCommittee(ref []cmdline.Value) (storage.Committee, error) {
	text := cmdline.JoinText(ref)
	if text == "" {
		return storage.Committee{}, fail(storage.KindInvalid, "err.committee_ref_missing")
	}
	c, err := cl.team.Committee(cl.ctx, text)
	if storage.IsNotFound(err) {
		c, err = cl.team.CommitteeByName(cl.ctx, text)
	}
	if storage.IsNotFound(err) {
		return c, fail(storage.KindNotFound, "err.committee_not_found", text)
	}
	return c, err
}
