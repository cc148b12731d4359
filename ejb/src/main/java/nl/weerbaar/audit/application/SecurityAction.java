package nl.weerbaar.audit.application;

/** The security events the audit trail records besides reads and changes of personal data. */
public enum SecurityAction {
    LOGIN_SUCCEEDED,
    LOGIN_FAILED,
    LOGIN_THROTTLED,
    ACCOUNT_LOCKED,
    ACCOUNT_RELEASED,
    LOGOUT,
    ACCESS_DENIED,
    AUDIT_READ
}
