package storage

import (
	"errors"
	"fmt"
)

// Kind classifies an error so that the chat layer can answer with one
// friendly sentence and operators can tell user mistakes from outages.
type Kind int

// The error kinds. KindInternal is the zero value: anything unexpected.
const (
	KindInternal Kind = iota
	KindNotFound
	KindInvalid
	KindConflict
	KindForbidden
	KindUnavailable
)

// String returns the kind's lower-case name, used in logs.
func (k Kind) String() string {
	switch k {
	case KindNotFound:
		return "not_found"
	case KindInvalid:
		return "invalid"
	case KindConflict:
		return "conflict"
	case KindForbidden:
		return "forbidden"
	case KindUnavailable:
		return "unavailable"
	default:
		return "internal"
	}
}

// Error is the project's one error type. Kind says what went wrong; Key and
// Args, when set, name a sentence of the chat layer's message catalog that
// explains it to the user; Err is the underlying cause, kept for the logs.
type Error struct {
	Kind Kind
	Op   string
	Key  string
	Args []any
	Err  error
}

// Error returns a technical description for logs; it never includes Args,
// which may hold user text.
func (e *Error) Error() string {
	msg := e.Kind.String()
	if e.Op != "" {
		msg = e.Op + ": " + msg
	}
	if e.Key != "" {
		msg += " (" + e.Key + ")"
	}
	if e.Err != nil {
		msg += ": " + e.Err.Error()
	}
	return msg
}

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an error of the given kind whose user-facing sentence is the
// catalog entry key formatted with args.
func Errorf(kind Kind, key string, args ...any) *Error {
	return &Error{Kind: kind, Key: key, Args: args}
}

// wrap returns err as an *Error of the given kind for operation op; nil stays nil.
func wrap(kind Kind, op string, err error) error {
	if err == nil {
		return nil
	}
	return &Error{Kind: kind, Op: op, Err: err}
}

// KindOf returns the kind of the first *Error in err's chain, or KindInternal.
func KindOf(err error) Kind {
	var e *Error
	if errors.As(err, &e) {
		return e.Kind
	}
	return KindInternal
}

// IsNotFound reports whether err is of kind KindNotFound.
func IsNotFound(err error) bool { return err != nil && KindOf(err) == KindNotFound }

// IsConflict reports whether err is of kind KindConflict.
func IsConflict(err error) bool { return err != nil && KindOf(err) == KindConflict }

// errNotFound is returned by single-document look-ups that match nothing.
func errNotFound(op string) error {
	return &Error{Kind: KindNotFound, Op: op, Err: fmt.Errorf("no document")}
}
