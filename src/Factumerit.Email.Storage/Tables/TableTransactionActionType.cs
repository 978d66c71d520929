namespace Factumerit.Email.Storage.Tables;

/// <summary>What one operation inside a <c>$batch</c> does.</summary>
public enum TableTransactionActionType
{
    Add,
    UpdateMerge,
    UpdateReplace,
    Delete,
    UpsertMerge,
    UpsertReplace,
}
