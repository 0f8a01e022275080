package review

import (
	"context"
	"time"

	"github.com/netzwerkbot/netzwerkbot/review/outbox"
	"github.com/netzwerkbot/netzwerkbot/storage"
)

// Close closes review id for the user by ("" when the bot closes it at
// its deadline) and returns its summary: CloseAudited with the entry
// "review.close" by that user, now.
func (e *Engine) Close(ctx context.Context, team *storage.Team, id, by string) (Summary, error) {
	return e.CloseAudited(ctx, team, id, storage.AuditEntry{At: e.now().UTC(), Actor: by, Action: "review.close", TargetKind: "review"})
}

// CloseAudited closes review id for the user audit.Actor and returns its
// summary. The first call wins the close claim, computes the summary from
// the answers given so far and stores it with the claim and the audit
// entry (both or neither, see storage.Team.ClaimReviewClose); every later
// or concurrent call returns that same summary and stores no entry, so of
// a coordinator's close and the deadline's exactly one is recorded, and it
// names the one whose summary counts. Each call then marks the review
// closed, frees the workspace for a new review and queues the summary to
// the review's channel (if any) and to each coordinator: all idempotent,
// so a call after a crash mid-close finishes the job and nothing is sent
// twice.
//
// It fails with KindNotFound (err.review_not_found) when there is no such
// review, and with the storage error when a read or write fails.
func (e *Engine) CloseAudited(ctx context.Context, team *storage.Team, id string, audit storage.AuditEntry) (Summary, error) {
	r, err := team.Review(ctx, id)
	if storage.IsNotFound(err) {
		return Summary{}, storage.Errorf(storage.KindNotFound, "err.review_not_found", id)
	}
	if err != nil {
		return Summary{}, err
	}
	claim, err := e.claimClose(ctx, team, r, audit)
	if err != nil {
		return Summary{}, err
	}
	var s Summary
	if err := storage.UnmarshalSnapshot(claim.Summary, &s); err != nil {
		return Summary{}, err
	}
	if err := team.MarkReviewClosed(ctx, r.ID, claim.By, claim.At, claim.Summary); err != nil {
		return Summary{}, err
	}
	if err := team.ReleaseOpenSlot(ctx, r.ID); err != nil {
		return Summary{}, err
	}
	r.Status, r.ClosedAt, r.ClosedBy, r.Summary = storage.ReviewClosed, claim.At, claim.By, claim.Summary
	return s, e.report(ctx, team, r, s)
}

// claimClose returns the review's close claim, making it (with the
// summary as of now, and the audit entry) if no one has.
func (e *Engine) claimClose(ctx context.Context, team *storage.Team, r storage.Review, audit storage.AuditEntry) (storage.ReviewClaim, error) {
	if c, err := team.ReviewCloseClaim(ctx, r.ID); err == nil || !storage.IsNotFound(err) {
		return c, err
	}
	now := e.now().UTC()
	s, err := e.summary(ctx, team, r, now)
	if err != nil {
		return storage.ReviewClaim{}, err
	}
	raw, err := storage.MarshalSnapshot(s)
	if err != nil {
		return storage.ReviewClaim{}, err
	}
	c := storage.ReviewClaim{ReviewID: r.ID, By: audit.Actor, At: now, Summary: raw}
	if _, err := team.WithAudit(audit).ClaimReviewClose(ctx, c); err != nil {
		return c, err
	}
	return team.ReviewCloseClaim(ctx, r.ID)
}

// summary computes r's summary at now from its analysis, its answers and
// the previous review's stored summary, under the higher of the anonymity
// threshold the survey promised and the workspace's current one.
func (e *Engine) summary(ctx context.Context, team *storage.Team, r storage.Review, now time.Time) (Summary, error) {
	a, err := AnalysisOf(r)
	if err != nil {
		return Summary{}, err
	}
	settings, err := team.Settings(ctx)
	if err != nil {
		return Summary{}, err
	}
	k := max(r.MinAnswers, settings.AnonymityThreshold(), storage.MinAnonymity)
	answers, err := team.SurveyAnswers(ctx, r.ID)
	if err != nil {
		return Summary{}, err
	}
	var prev *Summary
	if r.PreviousID != "" {
		p, err := team.Review(ctx, r.PreviousID)
		if err != nil && !storage.IsNotFound(err) {
			return Summary{}, err
		}
		if s, ok, err := SummaryOf(p); err != nil {
			return Summary{}, err
		} else if ok {
			prev = &s
		}
	}
	return summarize(r, a, answers, prev, k, now), nil
}

// SummaryOf decodes the summary stored with r; ok is false while r is open.
func SummaryOf(r storage.Review) (s Summary, ok bool, err error) {
	if len(r.Summary) == 0 {
		return s, false, nil
	}
	err = storage.UnmarshalSnapshot(r.Summary, &s)
	return s, err == nil, err
}

// report queues the summary of the closed review r to its channel (the
// short one) and to each coordinator (the full one), under
// "<review>/summary/<recipient>", the anonymous charts to the channel after
// it (queueCharts) and, when the workspace wants it, the summary for the
// channel's canvas (queueCanvas). Idempotent.
func (e *Engine) report(ctx context.Context, team *storage.Team, r storage.Review, s Summary) error {
	to, err := coordinators(ctx, team, r)
	if err != nil {
		return err
	}
	if r.Channel != "" {
		to = append([]string{r.Channel}, to...)
	}
	var full []outbox.Message
	for _, dest := range to {
		key := r.ID + "/summary/" + dest
		if _, err := team.OutboxMessage(ctx, key); err == nil {
			continue
		}
		var msgs []outbox.Message
		switch {
		case dest == r.Channel:
			msgs, err = e.composer.ChannelSummary(ctx, team, r, s)
		case full == nil:
			full, err = e.composer.CoordinatorSummary(ctx, team, r, s)
			msgs = full
		default:
			msgs = full
		}
		if err != nil {
			return err
		}
		if _, err := outbox.Queue(ctx, team, r.ID, key, dest, msgs, e.now()); err != nil {
			return err
		}
	}
	if err := e.queueCharts(ctx, team, r, s); err != nil {
		return err
	}
	return e.queueCanvas(ctx, team, r, s)
}
