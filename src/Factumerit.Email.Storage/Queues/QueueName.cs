namespace Factumerit.Email.Storage.Queues;

/// <summary>
/// Queue naming rules, checked before any request so a bad name fails with a clear message instead of a 400.
/// See https://learn.microsoft.com/rest/api/storageservices/naming-queues-and-metadata.
/// </summary>
internal static class QueueName
{
    public const int MinLength = 3;
    public const int MaxLength = 63;

    public static void Validate(string name, string paramName = "queueName")
    {
        ArgumentNullException.ThrowIfNull(name, paramName);
        if (name.Length is < MinLength or > MaxLength)
        {
            throw new ArgumentException($"Queue name '{name}' must be {MinLength} to {MaxLength} characters long.", paramName);
        }
        if (!IsLetterOrDigit(name[0]) || !IsLetterOrDigit(name[^1]))
        {
            throw new ArgumentException($"Queue name '{name}' must start and end with a lower-case letter or digit.", paramName);
        }
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (c == '-')
            {
                if (name[i - 1] == '-')
                {
                    throw new ArgumentException($"Queue name '{name}' must not contain consecutive dashes.", paramName);
                }
            }
            else if (!IsLetterOrDigit(c))
            {
                throw new ArgumentException($"Queue name '{name}' may contain only lower-case letters, digits and dashes.", paramName);
            }
        }
    }

    private static bool IsLetterOrDigit(char c) => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c);
}
