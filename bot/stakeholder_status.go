package bot

import (
	"github.com/netzwerkbot/netzwerkbot/storage"
)

func init() {
	vocabulary.AddWords(map[string]string{"bestätigen": "confirm"})
}

// stakeholderConfirm: stakeholder confirm <ref>. A proposed stakeholder
// becomes confirmed; an archived one is taken back into the register as
// confirmed. Confirming a confirmed stakeholder says so and changes nothing.
func stakeholderConfirm(cl *call) (Reply, error) {
	s, err := cl.stakeholderArg()
	if err != nil {
		return Reply{}, err
	}
	key := "stakeholder.confirmed"
	switch s.Status {
	case storage.StatusConfirmed:
		return Say(cl.lang.T("stakeholder.already_confirmed", s.Name)), nil
	case storage.StatusArchived:
		key = "stakeholder.restored"
	}
	patch, changes, err := cl.linkOnConfirm(s)
	if err != nil {
		return Reply{}, err
	}
	if err := cl.setStakeholderStatus(s, "stakeholder.confirm", storage.StatusConfirmed, patch, changes...); err != nil {
		return Reply{}, err
	}
	return Say(cl.lang.T(key, s.Name)), nil
}

// stakeholderArchive: stakeholder archive <ref>. The stakeholder and its
// history are kept; lists leave it out unless asked for status:archived.
// Archiving an archived stakeholder says so and changes nothing.
func stakeholderArchive(cl *call) (Reply, error) {
	s, err := cl.stakeholderArg()
	if err != nil {
		return Reply{}, err
	}
	if s.Status == storage.StatusArchived {
		return Say(cl.lang.T("stakeholder.already_archived", s.Name)), nil
	}
	if err := cl.setStakeholderStatus(s, "stakeholder.archive", storage.StatusArchived, storage.StakeholderPatch{}); err != nil {
		return Reply{}, err
	}
	return Say(cl.lang.T("stakeholder.archived", s.Name)), nil
}

// stakeholderArg resolves the command's only argument, a stakeholder.
func (cl *call) stakeholderArg() (storage.Stakeholder, error) {
	bare, _, err := cl.splitArgs(nil)
	if err != nil {
		return storage.Stakeholder{}, err
	}
	return cl.resolveStakeholder(bare)
}

// setStakeholderStatus stores status on s with the other fields of patch,
// and audits the change of status and the others as action.
func (cl *call) setStakeholderStatus(s storage.Stakeholder, action, status string, patch storage.StakeholderPatch, others ...storage.Change) error {
	patch.Status = &status
	if err := cl.team.SetStakeholder(cl.ctx, s.ID, patch, cl.now); err != nil {
		return err
	}
	change := storage.Change{Field: "status", Before: cl.lang.T("status." + s.Status), After: cl.lang.T("status." + status)}
	return cl.audit(action, "stakeholder", s.ID, append([]storage.Change{change}, others...))
}
