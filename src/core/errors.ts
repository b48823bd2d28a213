/** Typed errors thrown by services; the one error handler turns them into pages. */
export class AppError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = new.target.name;
  }
}
export class NotFoundError extends AppError {
  constructor(message = 'Data tidak ditemukan.') {
    super(message, 404);
  }
}
export class ForbiddenError extends AppError {
  constructor(message = 'Anda tidak berhak melakukan tindakan ini.') {
    super(message, 403);
  }
}
export class ConflictError extends AppError {
  constructor(
    message: string,
    readonly detail?: unknown,
  ) {
    super(message, 409);
  }
}
/** Field errors keyed by field name; shown next to the fields. */
export class ValidationError extends AppError {
  constructor(
    readonly fieldErrors: Record<string, string>,
    message = 'Isian belum benar.',
  ) {
    super(message, 400);
  }
}
/** A business rule that forbids the action in the current state (e.g. editing a final appraisal). */
export class StateError extends AppError {
  constructor(message: string) {
    super(message, 409);
  }
}
