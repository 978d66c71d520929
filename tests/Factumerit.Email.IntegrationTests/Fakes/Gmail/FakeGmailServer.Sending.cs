namespace Factumerit.Email.IntegrationTests.Fakes.Gmail;

public sealed partial class FakeGmailServer
{
    /// <summary>
    /// What the user's Send button does, as Gmail's history shows it: the draft and its message go (messageDeleted)
    /// and a SENT message with the same content appears in the thread (messageAdded).
    /// </summary>
    public FakeGmailMessageView SendDraft(string user, string draftId) => Read(user, mailbox =>
    {
        var draft = FindDraft(mailbox, draftId);
        mailbox.Drafts.Remove(draftId);
        mailbox.Delete(draft);
        return mailbox.Add(draft.Raw, ["SENT"], draft.ThreadId, _time.GetUtcNow().ToUnixTimeMilliseconds()).ToView();
    });
}
