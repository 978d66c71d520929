namespace Factumerit.Email.Storage.Tables;

/// <summary>
/// Rules checked before any request so the caller gets an error naming the offending value.
/// https://learn.microsoft.com/rest/api/storageservices/understanding-the-table-service-data-model
/// </summary>
internal static class TableValidation
{
    public const int MaxKeyChars = 512; // 1 KiB of UTF-16
    public const int MaxBatchOperations = 100;

    public static void TableName(string tableName, string paramName = "tableName")
    {
        ArgumentNullException.ThrowIfNull(tableName, paramName);
        if (tableName.Length is < 3 or > 63 || !char.IsAsciiLetter(tableName[0]) || !tableName.All(char.IsAsciiLetterOrDigit))
        {
            throw new ArgumentException(
                $"Table name '{tableName}' is invalid: it must be 3-63 letters or digits and start with a letter.", paramName);
        }
        if (tableName.Equals("tables", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException("Table name 'tables' is reserved by the service.", paramName);
        }
    }

    public static void Key(string? value, string keyName)
    {
        if (value is null)
        {
            throw new ArgumentNullException(keyName, $"{keyName} is required.");
        }
        if (value.Length > MaxKeyChars)
        {
            throw new ArgumentException(
                $"{keyName} is {value.Length} characters; a key may be at most 1 KiB ({MaxKeyChars} UTF-16 characters).", keyName);
        }
        foreach (var c in value)
        {
            if (c is '/' or '\\' or '#' or '?' || char.IsControl(c))
            {
                throw new ArgumentException(
                    $"{keyName} contains a character that keys may not hold ('/', '\\', '#', '?' or a control character).", keyName);
            }
        }
    }

    public static void Keys(string? partitionKey, string? rowKey)
    {
        Key(partitionKey, TableConstants.PartitionKey);
        Key(rowKey, TableConstants.RowKey);
    }

    /// <summary>Property names follow C# identifier rules, which also keeps the <c>@odata.type</c> suffix unambiguous.</summary>
    public static void PropertyName(string name)
    {
        if (string.IsNullOrEmpty(name) || name.Length > 255
            || !(char.IsLetter(name[0]) || name[0] == '_')
            || !name.All(c => char.IsLetterOrDigit(c) || c == '_'))
        {
            throw new ArgumentException(
                $"Property name '{name}' is invalid: it must be 1-255 letters, digits or '_' and start with a letter or '_'.", nameof(name));
        }
    }

    public static void MaxPerPage(int? maxPerPage)
    {
        if (maxPerPage is < 1 or > TableConstants.MaxPerPage)
        {
            throw new ArgumentOutOfRangeException(nameof(maxPerPage), maxPerPage,
                $"maxPerPage must be between 1 and {TableConstants.MaxPerPage}.");
        }
    }
}
