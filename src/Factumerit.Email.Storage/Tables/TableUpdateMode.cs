namespace Factumerit.Email.Storage.Tables;

/// <summary>How an update treats properties the sent entity does not carry.</summary>
public enum TableUpdateMode
{
    /// <summary>Keep the stored properties that the sent entity omits (HTTP MERGE).</summary>
    Merge,

    /// <summary>Drop the stored properties that the sent entity omits (HTTP PUT).</summary>
    Replace,
}
