package bot

import (
	"github.com/netzwerkbot/netzwerkbot/storage"
)

// The rules for linking a stakeholder to a Slack account (user:@…), which
// is what "zusage ich", the Home tab and the surveys go by:
//   - a coordinator links any account at once;
//   - a member links only their own account at once; a link a member asks
//     for to someone else's account is kept as requested and takes effect
//     when a coordinator confirms the stakeholder;
//   - one Slack account links to at most one active (not archived)
//     stakeholder; a second link is refused, naming the one that holds it.

// linkOnAdd applies the rules to a new stakeholder s whose SlackUser the
// command set. It returns the note to show when the link waits for a
// coordinator, and fails with KindConflict when the account is taken.
func (cl *call) linkOnAdd(s *storage.Stakeholder) (string, error) {
	if s.SlackUser == "" {
		return "", nil
	}
	if err := cl.checkLinkFree(s.SlackUser, ""); err != nil {
		return "", err
	}
	if cl.role >= storage.RoleCoordinator || s.SlackUser == cl.req.UserID {
		return "", nil
	}
	s.RequestedUser, s.SlackUser = s.SlackUser, ""
	return cl.lang.T("stakeholder.link_requested", s.RequestedUser), nil
}

// linkOnEdit checks a coordinator's change of the link from before to
// after and drops a requested link that the change replaces. It fails with
// KindConflict when the new account is taken.
func (cl *call) linkOnEdit(before, after storage.Stakeholder, p *storage.StakeholderPatch) error {
	if after.SlackUser == before.SlackUser {
		return nil
	}
	if before.RequestedUser != "" {
		p.RequestedUser = new("")
	}
	if after.SlackUser == "" {
		return nil
	}
	return cl.checkLinkFree(after.SlackUser, before.ID)
}

// linkOnConfirm returns what confirming s (or taking it back from the
// archive) does to its link: a requested link takes effect, and an
// existing one stays. It fails with KindConflict when the account is held
// by another active stakeholder by now.
func (cl *call) linkOnConfirm(s storage.Stakeholder) (storage.StakeholderPatch, []storage.Change, error) {
	var p storage.StakeholderPatch
	user := s.SlackUser
	if s.RequestedUser != "" {
		user = s.RequestedUser
	}
	if user == "" {
		return p, nil, nil
	}
	if err := cl.checkLinkFree(user, s.ID); err != nil {
		return p, nil, err
	}
	if s.RequestedUser == "" {
		return p, nil, nil
	}
	p.SlackUser, p.RequestedUser = new(user), new("")
	return p, []storage.Change{{Field: "user", Before: showUser(s.SlackUser), After: showUser(user)}}, nil
}

// checkLinkFree fails with KindConflict, naming the holder, when user is
// linked to an active stakeholder other than except.
func (cl *call) checkLinkFree(user, except string) error {
	linked, err := cl.team.StakeholdersBySlackUser(cl.ctx, user)
	if err != nil {
		return err
	}
	for _, o := range linked {
		if o.ID != except && o.Status != storage.StatusArchived {
			return fail(storage.KindConflict, "err.user_linked", user, o.Name, o.ID)
		}
	}
	return nil
}

// showUser shows a Slack user id as "@U…", or "" for none.
func showUser(user string) string {
	if user == "" {
		return ""
	}
	return "@" + user
}
