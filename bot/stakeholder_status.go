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
	return cl.setStakeholderStatus(s, "stakeholder.confirm", storage.StatusConfirmed, key, patch, changes...)
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
	return cl.setStakeholderStatus(s, "stakeholder.archive", storage.StatusArchived, "stakeholder.archived", storage.StakeholderPatch{})
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
// together with the audit entry of the change of status and the others as
// action, and answers with the sentence key; a change that lost a race
// says so.
func (cl *call) setStakeholderStatus(s storage.Stakeholder, action, status, key string, patch storage.StakeholderPatch, others ...storage.Change) (Reply, error) {
	patch.Status = &status
	change := storage.Change{Field: "status", Before: cl.lang.T("status." + s.Status), After: cl.lang.T("status." + status)}
	err := cl.audited(action, "stakeholder", s.ID, append([]storage.Change{change}, others...)).SetStakeholder(cl.ctx, s, patch, cl.now)
	if err != nil {
		return cl.stakeholderLostRace(err, s)
	}
	return Say(cl.lang.T(key, s.Name)), nil
}
