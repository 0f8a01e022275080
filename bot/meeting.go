package bot

import (
	"slices"
	"strings"

	"github.com/netzwerkbot/netzwerkbot/bot/cmdline"
	"github.com/netzwerkbot/netzwerkbot/bot/i18n"
	"github.com/netzwerkbot/netzwerkbot/review"
	"github.com/netzwerkbot/netzwerkbot/storage"
)

func init() {
	addCommands(25,
		command{path: []string{"meeting", "log"}, role: storage.RoleMember, usage: "usage.meeting_log", run: meetingLog},
		command{path: []string{"meetings"}, role: storage.RoleMember, usage: "usage.meetings", run: meetingList},
	)
	vocabulary.AddWords(map[string]string{
		"sitzung": "meeting", "sitzungen": "meetings",
		"erfassen": "log", "protokollieren": "log",
	})
	vocabulary.AddKeys(map[string]string{
		"datum":    "date",
		"anwesend": "present", "anwesende": "present", "teilnehmende": "present",
	})
}

// meetingKeys are the options of meeting log.
var meetingKeys = []string{"date", "present", "notes"}

// meetingLog: meeting log <committee> [date:…] present:<ref,ref,…>
// [note:…]. It stores one meeting with the committee's current members;
// not idempotent (logging twice records two meetings). Coordinators may log
// any meeting; a member only one of a committee they sit in and were
// present at. Everything is checked before anything is written.
func meetingLog(cl *call) (Reply, error) {
	ref, opts, err := cl.meetingArgs()
	if err != nil {
		return Reply{}, err
	}
	if _, ok := opts["present"]; !ok {
		return Reply{}, fail(storage.KindInvalid, "err.meeting_present_missing")
	}
	c, err := cl.activeCommittee(ref)
	if err != nil {
		return Reply{}, err
	}
	date, err := cl.meetingDate(opts)
	if err != nil {
		return Reply{}, err
	}
	present, err := cl.meetingPresent(opts["present"])
	if err != nil {
		return Reply{}, err
	}
	notes := strings.TrimSpace(opts["notes"])
	if err := checkText(cl.lang.T("meeting.field.notes"), notes); err != nil {
		return Reply{}, err
	}
	members, _, err := cl.committeeMembers(c.ID)
	if err != nil {
		return Reply{}, err
	}
	m := storage.Meeting{CommitteeID: c.ID, Date: date.String(), Members: idsOf(members), Present: idsOf(present),
		Note: notes, LoggedBy: cl.req.UserID, LoggedAt: cl.now}
	if err := cl.mayLogMeeting(m); err != nil {
		return Reply{}, err
	}
	changes := []storage.Change{
		{Field: "committee", After: c.ID + " " + c.Name},
		{Field: "date", After: m.Date},
		{Field: "present", After: strings.Join(namesWithIDs(present), ", ")},
	}
	if notes != "" {
		changes = append(changes, storage.Change{Field: "notes", After: notes})
	}
	others, err := cl.meetingsOnDay(m)
	if err != nil {
		return Reply{}, err
	}
	if m, err = cl.audited("meeting.log", "meeting", "", changes).AddMeeting(cl.ctx, m); err != nil {
		return Reply{}, err
	}
	r := meetingLoggedReply(cl.lang, c, m, present)
	return withSameDayWarning(cl.lang, r, c, m, others), nil
}

// meetingArgs reads the arguments of meeting log and meeting edit. The bare
// words before the first option name the committee (the meeting); bare
// words after an option continue its value, so that "present:Eva Muster,
// s8m2" and unquoted notes work. Unknown or repeated options are refused as
// by splitArgs.
func (cl *call) meetingArgs() ([]cmdline.Value, map[string]string, error) {
	if _, _, err := cl.splitArgs(meetingKeys); err != nil {
		return nil, nil, err
	}
	var ref []cmdline.Value
	opts := map[string]string{}
	key := ""
	for _, tok := range cl.args {
		switch {
		case tok.Key != "":
			key = vocabulary.CanonicalKey(cl.command, tok.Key)
			opts[key] = tok.Value.Text
		case key == "":
			ref = append(ref, tok.Value)
		default:
			opts[key] += " " + tok.Value.Text
		}
	}
	return ref, opts, nil
}

// meetingDate reads date: (today in the workspace's zone when absent). It
// refuses days before 2000 (as every date field) and days after tomorrow (tomorrow is allowed,
// for a meeting recorded across a time zone's midnight).
func (cl *call) meetingDate(opts map[string]string) (cmdline.Date, error) {
	today := cmdline.DateOf(cl.now, cl.loc)
	text, ok := opts["date"]
	if !ok {
		return today, nil
	}
	d, err := cl.parseDay(cl.lang.T("meeting.field.date"), cmdline.Value{Text: text}, cmdline.Back)
	if err != nil {
		return cmdline.Date{}, err
	}
	if tomorrow := cmdline.DateOf(cl.now.In(cl.loc).AddDate(0, 0, 1), cl.loc); tomorrow.Before(d) {
		return cmdline.Date{}, fail(storage.KindInvalid, "err.meeting_future", cl.weekdayDay(d))
	}
	return d, nil
}

// meetingPresent resolves the present: list. It refuses an empty list and
// persons whose data were erased (privacy erase): a placeholder attended
// nothing after the erasure.
func (cl *call) meetingPresent(text string) ([]storage.Stakeholder, error) {
	present, err := cl.resolveStakeholders(refValues([]cmdline.Value{{Text: text}}))
	if err != nil {
		return nil, err
	}
	if len(present) == 0 {
		return nil, fail(storage.KindInvalid, "err.meeting_present_missing")
	}
	for _, s := range present {
		if erased(s) {
			return nil, fail(storage.KindInvalid, "err.meeting_present_erased", shownName(cl.lang, s))
		}
	}
	return present, nil
}

// meetingsOnDay returns the other meetings of m's committee on m's day.
func (cl *call) meetingsOnDay(m storage.Meeting) ([]storage.Meeting, error) {
	list, err := cl.team.Meetings(cl.ctx, m.CommitteeID)
	if err != nil {
		return nil, err
	}
	var out []storage.Meeting
	for _, o := range list {
		if o.Date == m.Date && o.ID != m.ID {
			out = append(out, o)
		}
	}
	return out, nil
}

// withSameDayWarning adds to r a note that the committee c has other
// meetings on m's day, naming them; a second meeting is allowed (a
// morning and an afternoon session) but is more often logged twice.
func withSameDayWarning(l i18n.Lang, r Reply, c storage.Committee, m storage.Meeting, others []storage.Meeting) Reply {
	if len(others) == 0 {
		return r
	}
	ids := make([]string, len(others))
	for i, o := range others {
		ids[i] = o.ID
	}
	warning := l.T("meeting.same_day", c.Name, l.StoredDay(m.Date), strings.Join(ids, ", "), ids[0])
	r.Blocks = append(r.Blocks, Note{warning})
	return r
}

// mayLogMeeting refuses a member (not a coordinator) with err.needs_role
// unless a stakeholder linked to their Slack user is a member of the
// committee and among the present.
func (cl *call) mayLogMeeting(m storage.Meeting) error {
	if cl.role >= storage.RoleCoordinator {
		return nil
	}
	own, err := cl.team.StakeholdersBySlackUser(cl.ctx, cl.req.UserID)
	if err != nil {
		return err
	}
	for _, s := range own {
		if slices.Contains(m.Members, s.ID) && slices.Contains(m.Present, s.ID) {
			return nil
		}
	}
	return fail(storage.KindForbidden, "err.needs_role", cl.lang.T("role.coordinator"))
}

// meetingLoggedReply confirms a logged meeting with its attendance.
func meetingLoggedReply(l i18n.Lang, c storage.Committee, m storage.Meeting, present []storage.Stakeholder) Reply {
	blocks := []Block{
		Paragraph{l.T("meeting.logged", c.Name, l.StoredDayWithWeekday(m.Date), m.ID)},
		Paragraph{attendance(l, m)},
	}
	var names, guests []string
	for _, s := range present {
		if slices.Contains(m.Members, s.ID) {
			names = append(names, s.Name)
		} else {
			guests = append(guests, s.Name)
		}
	}
	if len(names) > 0 {
		blocks = append(blocks, Paragraph{l.T("meeting.present_members", strings.Join(names, ", "))})
	}
	if len(guests) > 0 {
		blocks = append(blocks, Paragraph{l.T("meeting.present_guests", strings.Join(guests, ", "))})
	}
	return Reply{Blocks: blocks}
}

// meetingList: meetings <committee> [page:N], newest first, with the
// attendance of each and over all of them: present members ÷ expected
// members (review.Attendance, the figure reviews show).
func meetingList(cl *call) (Reply, error) {
	bare, opts, err := cl.splitArgs([]string{"page"})
	if err != nil {
		return Reply{}, err
	}
	c, err := cl.resolveCommittee(bare)
	if err != nil {
		return Reply{}, err
	}
	page, err := parsePage(opts)
	if err != nil {
		return Reply{}, err
	}
	list, err := cl.team.Meetings(cl.ctx, c.ID)
	if err != nil {
		return Reply{}, err
	}
	if len(list) == 0 {
		return Say(cl.lang.T("meeting.none", c.Name, c.ID)), nil
	}
	if err := checkPage(page, len(list)); err != nil {
		return Reply{}, err
	}
	r := pagedList(cl.lang, cl.lang.T("meeting.list_title", c.Name, len(list)), len(list), page, func(i int) string {
		return meetingLine(cl.lang, &list[i])
	})
	if all := review.MeetingsAttendance(list); all.Expected > 0 {
		r.Blocks = slices.Insert(r.Blocks, 1, Block(Paragraph{cl.lang.T("meeting.average", attendanceText(cl.lang, all))}))
	}
	return r, nil
}

// meetingLine is the one-line summary of a meeting in the list.
func meetingLine(l i18n.Lang, m *storage.Meeting) string {
	parts := []string{m.ID, l.StoredDay(m.Date), attendance(l, *m)}
	if m.Note != "" {
		parts = append(parts, shorten(m.Note, 80))
	}
	return strings.Join(parts, " · ")
}

// attendance says how many members were present, the rate, and how many
// guests (present but not members) came.
func attendance(l i18n.Lang, m storage.Meeting) string {
	a := review.MeetingAttendance(m)
	came := a.Present
	var text string
	if rate, ok := a.Rate(); !ok {
		text = l.T("meeting.attendance_no_members", len(m.Present))
	} else {
		text = l.T("meeting.attendance", came, a.Expected, l.Percent(rate))
	}
	if guests := len(m.Present) - came; guests > 0 && len(m.Members) > 0 {
		text += ", " + l.T("meeting.guests", guests)
	}
	return text
}

// idsOf returns the short ids of list.
func idsOf(list []storage.Stakeholder) []string {
	ids := make([]string, len(list))
	for i, s := range list {
		ids[i] = s.ID
	}
	return ids
}

// namesWithIDs returns "s4k7 Eva Muster" for each of list.
func namesWithIDs(list []storage.Stakeholder) []string {
	out := make([]string, len(list))
	for i, s := range list {
		out[i] = s.ID + " " + s.Name
	}
	return out
}
