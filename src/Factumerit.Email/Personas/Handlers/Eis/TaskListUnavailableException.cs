namespace Factumerit.Email.Personas.Handlers.Eis;

/// <summary>The task backend could not be reached or refused the request; eis tells the user instead of retrying forever.</summary>
public sealed class TaskListUnavailableException(string message, Exception? innerException = null)
    : Exception(message, innerException);
