namespace Factumerit.Email.Cli;

/// <summary>Process exit codes scripts rely on.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The input was read but is not valid.</summary>
    public const int Invalid = 1;

    /// <summary>An input file does not exist.</summary>
    public const int FileMissing = 2;

    /// <summary>Storage or the service could not be reached, or refused the request.</summary>
    public const int Unavailable = 3;
}
