namespace Workflows.Host.Api;

/// <summary>
/// The links to manage an instance, returned on start (Durable's <c>CreateCheckStatusResponse</c> payload).
/// Placeholders: <c>{eventName}</c> in <see cref="SendEventPostUri"/>, <c>{text}</c> for the reason.
/// </summary>
/// <param name="Id">The instance id.</param>
/// <param name="StatusQueryGetUri">GET: the status.</param>
/// <param name="SendEventPostUri">POST: raise an event.</param>
/// <param name="TerminatePostUri">POST: terminate.</param>
/// <param name="PurgeHistoryDeleteUri">DELETE: purge once ended.</param>
/// <param name="SuspendPostUri">POST: suspend.</param>
/// <param name="ResumePostUri">POST: resume.</param>
public sealed record ManagementPayload(
    string Id,
    string StatusQueryGetUri,
    string SendEventPostUri,
    string TerminatePostUri,
    string PurgeHistoryDeleteUri,
    string SuspendPostUri,
    string ResumePostUri)
{
    /// <summary>Builds the links under <paramref name="baseUri"/> (scheme, host and path base of the request).</summary>
    public static ManagementPayload For(string baseUri, string id)
    {
        var instance = $"{baseUri.TrimEnd('/')}/api/instances/{id}";
        return new ManagementPayload(
            id,
            instance,
            instance + "/raiseEvent/{eventName}",
            instance + "/terminate?reason={text}",
            instance,
            instance + "/suspend?reason={text}",
            instance + "/resume?reason={text}");
    }
}
