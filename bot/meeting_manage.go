package bot

import (
	"cmp"
	"slices"
	"strings"

	"github.com/netzwerkbot/netzwerkbot/bot/cmdline"
	"github.com/netzwerkbot/netzwerkbot/storage"
)

func init() {
	addCommands(26,
		command{path: []string{"meeting", "show"}, role: storage.RoleCoordinator, usage: "usage.meeting_show", run: meetingShow},
		command{path: []string{"meeting", "edit"}, role: storage.RoleCoordinator, usage: "usage.meeting_edit", run: meetingEdit},
		command{path: []string{"meeting", "delete"}, role: storage.RoleCoordinator, usage: "usage.meeting_delete", run: meetingDelete},
	)
	vocabulary.AddScopedWords("meeting", map[string]string{
		"löschen": "delete", "loeschen": "delete", "entfernen": "delete",
		"korrigieren": "edit",
	})
}

// meetingEditKeys are the options of meeting edit.
var meetingEditKeys = []string{"date", "present", "notes"}

// meetingShow: meeting show <ID>. Shows the committee, the day, the
// attendance with the names of the present and the note.
func meetingShow(cl *call) (Reply, error) {
	bare, _, err := cl.splitArgs(nil)
	if err != nil {
		return Reply{}, err
	}
	m, err := cl.meetingArg(bare)
	if err != nil {
		return Reply{}, err
	}
	return cl.meetingView(m)
}

// meetingView is the reply of meeting show for m.
func (cl *call) meetingView(m storage.Meeting) (Reply, error) {
	l := cl.lang
	committee := m.CommitteeID
	if c, err := cl.team.Committee(cl.ctx, m.CommitteeID); err == nil {
		committee = c.Name + " (" + c.ID + ")"
	} else if !storage.IsNotFound(err) {
		return Reply{}, err
	}
	present, err := cl.presentNames(m.Present, false)
	if err != nil {
		return Reply{}, err
	}
	fields := []Field{
		{l.T("meeting.field.committee"), committee},
		{l.T("meeting.field.date"), l.StoredDay(m.Date)},
		{l.T("meeting.field.attendance"), attendance(l, m)},
		{l.T("meeting.field.present"), strings.Join(present, ", ")},
		{l.T("meeting.field.notes"), orDash(m.Note)},
		{l.T("meeting.field.logged"), l.T("meeting.logged_by", userRef(m.LoggedBy), cl.timeText(m.LoggedAt))},
	}
	return Reply{Blocks: []Block{Header{l.T("meeting.show_title", m.ID)}, Fields{fields}}}, nil
}

// presentNames returns the names of the stakeholders ids, in order, each
// prefixed with its id when withIDs ("s4k7 Eva Muster"); an id without
// stakeholder is shown as it is.
func (cl *call) presentNames(ids []string, withIDs bool) ([]string, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	list, err := cl.team.Stakeholders(cl.ctx, storage.StakeholderFilter{IDs: ids})
	if err != nil {
		return nil, err
	}
	name := map[string]string{}
	for _, s := range list {
		name[s.ID] = shownName(cl.lang, s)
	}
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = cmp.Or(name[id], id)
		if withIDs && name[id] != "" {
			out[i] = id + " " + name[id]
		}
	}
	return out, nil
}

// meetingArg resolves the meeting a command names by its short id; it
// fails with KindNotFound for an unknown id.
func (cl *call) meetingArg(ref []cmdline.Value) (storage.Meeting, error) {
	id := strings.ToLower(cmdline.JoinText(ref))
	if id == "" {
		return storage.Meeting{}, fail(storage.KindInvalid, "err.meeting_ref_missing")
	}
	m, err := cl.team.Meeting(cl.ctx, id)
	if storage.IsNotFound(err) {
		return m, fail(storage.KindNotFound, "err.meeting_not_found", id)
	}
	return m, err
}

// meetingEdit: meeting edit <ID> [date:…] [present:…] [note:…|-]. It
// corrects the day, who was present and the note, with the same checks as
// meeting log (the committee's members at the time stay); only changed
// fields are written and audited, and an edit that changes nothing says so.
// A correction made from a state another change replaced is refused.
func meetingEdit(cl *call) (Reply, error) {
	ref, opts, err := cl.meetingArgs()
	if err != nil {
		return Reply{}, err
	}
	if len(opts) == 0 {
		return Reply{}, fail(storage.KindInvalid, "err.meeting_edit_nothing")
	}
	before, err := cl.meetingArg(ref)
	if err != nil {
		return Reply{}, err
	}
	after, patch, changes, err := cl.meetingCorrection(before, opts)
	if err != nil {
		return Reply{}, err
	}
	if len(changes) == 0 {
		return Say(cl.lang.T("meeting.unchanged", before.ID)), nil
	}
	var others []storage.Meeting
	if patch.Date != nil {
		if others, err = cl.meetingsOnDay(after); err != nil {
			return Reply{}, err
		}
	}
	if err := cl.audited("meeting.edit", "meeting", before.ID, changes).SetMeeting(cl.ctx, before, patch); err != nil {
		return cl.meetingLostRace(err, before)
	}
	r, err := cl.meetingView(after)
	if err != nil {
		return Reply{}, err
	}
	r.Blocks = append([]Block{Paragraph{cl.lang.T("meeting.edited", before.ID)}}, r.Blocks...)
	c := storage.Committee{ID: after.CommitteeID, Name: after.CommitteeID}
	if found, err := cl.team.Committee(cl.ctx, after.CommitteeID); err == nil {
		c = found
	}
	return withSameDayWarning(cl.lang, r, c, after, others), nil
}

// meetingCorrection applies the options of meeting edit to before: it
// returns the meeting as it will be, the patch that stores it and the audit
// changes of the fields that change. Bad values are refused.
func (cl *call) meetingCorrection(before storage.Meeting, opts map[string]string) (storage.Meeting, storage.MeetingPatch, []storage.Change, error) {
	after, patch := before, storage.MeetingPatch{}
	var changes []storage.Change
	if _, ok := opts["date"]; ok {
		d, err := cl.meetingDate(opts)
		if err != nil {
			return after, patch, nil, err
		}
		if after.Date = d.String(); after.Date != before.Date {
			patch.Date = &after.Date
			changes = append(changes, storage.Change{Field: "date", Before: before.Date, After: after.Date})
		}
	}
	if text, ok := opts["present"]; ok {
		present, err := cl.meetingPresent(text)
		if err != nil {
			return after, patch, nil, err
		}
		if after.Present = idsOf(present); !slices.Equal(after.Present, before.Present) {
			was, err := cl.presentText(before.Present)
			if err != nil {
				return after, patch, nil, err
			}
			patch.Present = &after.Present
			changes = append(changes, storage.Change{Field: "present", Before: was, After: strings.Join(namesWithIDs(present), ", ")})
		}
	}
	if text, ok := opts["notes"]; ok {
		if after.Note = strings.TrimSpace(text); after.Note == "-" {
			after.Note = ""
		}
		if err := checkText(cl.lang.T("meeting.field.notes"), after.Note); err != nil {
			return after, patch, nil, err
		}
		if after.Note != before.Note {
			patch.Note = &after.Note
			changes = append(changes, storage.Change{Field: "notes", Before: before.Note, After: after.Note})
		}
	}
	return after, patch, changes, nil
}

// presentText is the audit value of a list of present stakeholders:
// "s4k7 Eva Muster, s8m2 Bernd Beispiel", as meeting log stores it.
func (cl *call) presentText(ids []string) (string, error) {
	names, err := cl.presentNames(ids, true)
	return strings.Join(names, ", "), err
}

// meetingDelete: meeting delete <ID>. Deletes the meeting; its audit entry
// keeps the committee, the day and who was present. A deletion made from a
// state another change replaced is refused; deleting a deleted meeting
// fails as an unknown meeting.
func meetingDelete(cl *call) (Reply, error) {
	bare, _, err := cl.splitArgs(nil)
	if err != nil {
		return Reply{}, err
	}
	m, err := cl.meetingArg(bare)
	if err != nil {
		return Reply{}, err
	}
	present, err := cl.presentText(m.Present)
	if err != nil {
		return Reply{}, err
	}
	committee := m.CommitteeID
	if c, err := cl.team.Committee(cl.ctx, m.CommitteeID); err == nil {
		committee += " " + c.Name
	}
	changes := []storage.Change{
		{Field: "committee", Before: committee},
		{Field: "date", Before: m.Date},
		{Field: "present", Before: present},
	}
	if m.Note != "" {
		changes = append(changes, storage.Change{Field: "notes", Before: m.Note})
	}
	if err := cl.audited("meeting.delete", "meeting", m.ID, changes).DeleteMeeting(cl.ctx, m); err != nil {
		return cl.meetingLostRace(err, m)
	}
	return Say(cl.lang.T("meeting.deleted", m.ID, cl.lang.StoredDay(m.Date))), nil
}

// meetingLostRace answers a correction or deletion of m that another change
// of m beat (see lostRace), with the meeting as it is now; a meeting
// deleted meanwhile is reported as unknown.
func (cl *call) meetingLostRace(err error, m storage.Meeting) (Reply, error) {
	return cl.lostRace(err, func() (Reply, error) {
		fresh, err := cl.meetingArg([]cmdline.Value{{Text: m.ID}})
		if err != nil {
			return Reply{}, err
		}
		return cl.meetingView(fresh)
	}, "meeting.changed_meanwhile", m.ID)
}
