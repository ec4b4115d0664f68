namespace Workflows.Email;

/// <summary>The shape of action-link URLs: <c>/link/{token}/{action}</c>. GET shows a confirmation, POST acts.</summary>
public static class ActionLinkUrls
{
    /// <summary>The route pattern the link pages answer.</summary>
    public const string Route = "/link/{token}/{action}";

    /// <summary>The absolute URL of one action.</summary>
    public static string For(string baseUrl, string token, string action) =>
        $"{baseUrl.TrimEnd('/')}/link/{Uri.EscapeDataString(token)}/{Uri.EscapeDataString(action)}";
}
