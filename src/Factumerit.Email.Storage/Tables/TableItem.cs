namespace Factumerit.Email.Storage.Tables;

/// <summary>A table in the account.</summary>
public sealed class TableItem(string name)
{
    public string Name { get; } = name;
}
