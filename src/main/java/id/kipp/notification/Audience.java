package id.kipp.notification;

/** Whom a notification is for; decides the recipients and what the message may contain. */
public enum Audience {
  /** The entry's contact person and the user who registered it: everything about their own entry. */
  PARTICIPANTS,
  /** The juror of an evaluation: never contact data, and no agency when the edition is blind. */
  JUROR,
  /** The secretariat: everything, including which juror is late. */
  SECRETARIAT
}
