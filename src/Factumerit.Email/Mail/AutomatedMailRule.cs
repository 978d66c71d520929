namespace Factumerit.Email.Mail;

/// <summary>Why a message counts as machine-sent. <see cref="AutomatedMailMatch.Code"/> gives the audit code.</summary>
public enum AutomatedMailRule
{
    /// <summary>RFC 3834 <c>Auto-Submitted</c> with any value other than <c>no</c>.</summary>
    AutoSubmitted,

    /// <summary><c>Precedence: bulk | list | junk | auto_reply</c>.</summary>
    Precedence,

    /// <summary>RFC 2919 <c>List-Id</c>: mailing-list traffic.</summary>
    ListId,

    /// <summary>RFC 2369 / 8058 <c>List-Unsubscribe</c>: newsletters and notifications.</summary>
    ListUnsubscribe,

    /// <summary>Microsoft's <c>X-Auto-Response-Suppress</c>, set by Exchange on automatic mail.</summary>
    AutoResponseSuppress,

    /// <summary>Gmail's <c>Feedback-ID</c>, present on bulk senders' mail.</summary>
    FeedbackId,

    /// <summary><c>X-Autoreply</c>, set by vacation responders.</summary>
    XAutoreply,

    /// <summary><c>X-Autorespond</c>, set by vacation responders.</summary>
    XAutorespond,

    /// <summary>An empty <c>Return-Path: &lt;&gt;</c>: bounces and other delivery reports (RFC 3834 §2).</summary>
    NullReturnPath,

    /// <summary>A robot sender such as <c>noreply@</c>, <c>mailer-daemon@</c> or <c>bounces@</c>.</summary>
    SenderPattern,
}
