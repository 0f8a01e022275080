// Package review runs the network review cycle and the commitment digest.
//
// The cycle (Engine) opens a review, from a schedule's run or a
// coordinator's command, with the stakeholder analysis of the period since
// the previous one (Analyze: participation, committees, flags, changes);
// it stores the members' survey answers, reminds those who have not
// answered and closes each review with its summary. The digest (Digest)
// tells owners about their commitments due soon or overdue and gives
// coordinators a weekly overview.
//
// Both speak only through the outbox: a Composer or DigestComposer of the
// chat layer writes the messages, this package queues them (see
// review/outbox) and never posts. Every once-only step is keyed
// deterministically in the store, so opening, reminding, closing and
// digesting the same run again, or by several engines at once, stores and
// sends nothing twice. The Engine reads the clock it is given
// (EngineOptions.Now); Analyze and the Digest read no clock: their times
// are passed in.
package review
