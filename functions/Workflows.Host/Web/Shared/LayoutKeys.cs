namespace Workflows.Host.Web.Shared;

/// <summary>ViewData keys the layout reads.</summary>
public static class LayoutKeys
{
    /// <summary>The page title (before the site name).</summary>
    public const string Title = "Title";

    /// <summary>Set to true by a page that does not need Bootstrap Italia's script (keeps the chart page in budget).</summary>
    public const string OmitDesignSystemScript = "OmitDesignSystemScript";

    /// <summary>The main navigation entry to mark as current (e.g. "requests").</summary>
    public const string CurrentNav = "CurrentNav";
}
