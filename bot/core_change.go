package bot

import "github.com/netzwerkbot/netzwerkbot/storage"

// audited returns the workspace handle whose next change is stored
// together with its audit entry (both or neither, see storage.WithAudit):
// made by the caller now, as action, on the record kind/id (id empty for a
// record the change creates), with the changed fields.
func (cl *call) audited(action, kind, id string, changes []storage.Change) *storage.Team {
	return cl.team.WithAudit(cl.auditEntry(action, kind, id, changes))
}

// auditEntry is the audit entry of a change made by the caller now, its
// values stored as codes where they have one (see canonicalChanges), so
// that the history can show them in any language.
func (cl *call) auditEntry(action, kind, id string, changes []storage.Change) storage.AuditEntry {
	return storage.AuditEntry{At: cl.now, Actor: cl.req.UserID, Action: action, TargetKind: kind, TargetID: id,
		Changes: cl.canonicalChanges(kind, changes)}
}

// audit records an action of the caller that changes no record (an
// export, say) on its own.
func (cl *call) audit(action, kind, id string, changes []storage.Change) error {
	return cl.team.Audit(cl.ctx, cl.auditEntry(action, kind, id, changes))
}

// lostRace answers a change that err refused because another change of the
// same record was stored first: the catalog sentence key, formatted with
// args and who made the other change, then view, the record as it is now.
// Any other err is returned as it is.
func (cl *call) lostRace(err error, view func() (Reply, error), key string, args ...any) (Reply, error) {
	won, ok := storage.ChangedMeanwhile(err)
	if !ok {
		return Reply{}, err
	}
	cl.log.Info().Err(err).Msg("change refused: changed meanwhile")
	blocks := []Block{Paragraph{cl.lang.T(key, append(args, userRef(won.Actor))...)}}
	fresh, viewErr := view()
	if viewErr != nil {
		cl.log.Warn().Err(viewErr).Msg("showing the record after a refused change")
	}
	return Reply{Blocks: append(blocks, fresh.Blocks...)}, nil
}
