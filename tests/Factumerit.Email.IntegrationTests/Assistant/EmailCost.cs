namespace Factumerit.Email.IntegrationTests.Assistant;

/// <summary>How the host handled a fixture email, which decides the row its figures go to.</summary>
internal enum EmailKind
{
    /// <summary>The rule tier marked it automated; triage is off, so no LLM call.</summary>
    Automated,

    /// <summary>The user sent the thread's last message: waiting, decided from the thread.</summary>
    Waiting,

    /// <summary>The LLM classified it and no reply is needed.</summary>
    LlmClassified,

    /// <summary>The LLM classified it needs_response and the draft is in the thread.</summary>
    Drafted,
}

/// <summary>
/// What one email cost, from its push until the host was idle again. The classification share (LLM calls to
/// the classifier model and their prompt tokens, Gmail units up to and including the label) is kept apart so a drafted email's
/// classification can be held to the same goals as the others.
/// </summary>
internal sealed record EmailCost(
    string FixtureId,
    EmailKind Kind,
    int LlmCalls,
    int ClassifyLlmCalls,
    int PromptTokens,
    int ClassifyPromptTokens,
    long GmailUnits,
    long ClassifyGmailUnits,
    int TableRequests,
    int QueueSends,
    int QueueReceivesAndDeletes);
