namespace Factumerit.Email.Inbound;

/// <summary>The outcome codes written to the ledger and the audit trail.</summary>
public static class InboundOutcomes
{
    public const string AlreadyHandled = "already_handled";

    /// <summary>Another run is handling the email; this message was acknowledged without work and is not recorded.</summary>
    public const string InProgress = "in_progress";
    public const string UnknownRecipient = "unknown_recipient";
    public const string RouteDrop = "route_drop";
    public const string Forwarded = "forwarded";
    public const string Replied = "replied";
    public const string NoReply = "no_reply";
    public const string Escalated = "escalated";
    public const string EscalatedThread = "escalated_thread";
    public const string LimitNotice = "limit_notice";
    public const string LimitSilenced = "limit_silenced";
    public const string NotInConfiguration = "not_in_configuration";
    public const string NoEscalationTarget = "no_escalation_target";
}
