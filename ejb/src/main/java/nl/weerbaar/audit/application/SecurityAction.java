package nl.weerbaar.audit.application;

/** The security events the audit trail records besides reads and changes of personal data. */
public enum SecurityAction {
    PASSWORD_ACCEPTED,
    LOGIN_SUCCEEDED,
    LOGIN_FAILED,
    LOGIN_THROTTLED,
    ACCOUNT_LOCKED,
    ACCOUNT_RELEASED,
    SECOND_FACTOR_FAILED,
    SECOND_FACTOR_SET_UP,
    SECOND_FACTOR_RESET,
    RECOVERY_CODE_USED,
    TOKEN_CREATED,
    TOKEN_REVOKED,
    PASSWORD_RESET_REQUESTED,
    PASSWORD_RESET_COMPLETED,
    LOGOUT,
    ACCESS_DENIED,
    AUDIT_READ
}
