namespace Factumerit.Email.Providers.Gmail;

/// <summary>
/// A Gmail API method and what it costs against the per-user quota (15,000 units per minute). Costs follow
/// Google's published table; those PROTOCOLS.md does not list (threads.* 10, labels.create 5, getProfile 1,
/// watch 100, stop 50, drafts.get/list 5, messages.trash 5) are taken from that table too.
/// </summary>
public sealed record GmailOperation(string Name, int QuotaUnits)
{
    public static readonly GmailOperation MessagesGet = new("messages.get", 5);
    public static readonly GmailOperation MessagesList = new("messages.list", 5);
    public static readonly GmailOperation MessagesModify = new("messages.modify", 5);
    public static readonly GmailOperation MessagesTrash = new("messages.trash", 5);
    public static readonly GmailOperation MessagesSend = new("messages.send", 100);
    public static readonly GmailOperation ThreadsGet = new("threads.get", 10);
    public static readonly GmailOperation ThreadsModify = new("threads.modify", 10);
    public static readonly GmailOperation ThreadsList = new("threads.list", 10);
    public static readonly GmailOperation DraftsCreate = new("drafts.create", 10);
    public static readonly GmailOperation DraftsGet = new("drafts.get", 5);
    public static readonly GmailOperation DraftsUpdate = new("drafts.update", 15);
    public static readonly GmailOperation DraftsDelete = new("drafts.delete", 10);
    public static readonly GmailOperation DraftsList = new("drafts.list", 5);
    public static readonly GmailOperation LabelsList = new("labels.list", 1);
    public static readonly GmailOperation LabelsCreate = new("labels.create", 5);
    public static readonly GmailOperation HistoryList = new("history.list", 2);
    public static readonly GmailOperation GetProfile = new("getProfile", 1);
    public static readonly GmailOperation Watch = new("watch", 100);
    public static readonly GmailOperation Stop = new("stop", 50);

    public override string ToString() => Name;
}
