using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Workflows.Host.Web.Shared;

/// <summary>The site's languages: Italian by default, English on request (<c>?culture=en</c>, remembered in a cookie).</summary>
public static class SiteCultures
{
    /// <summary>The default culture.</summary>
    public const string Default = "it";

    /// <summary>The query-string key of the language switch.</summary>
    public const string QueryKey = "culture";

    /// <summary>The cookie remembering the choice.</summary>
    public const string CookieName = "desk.culture";

    /// <summary>The supported cultures, default first.</summary>
    public static IReadOnlyList<string> Supported { get; } = ["it", "en"];

    /// <summary>The current UI language (<c>it</c> or <c>en</c>).</summary>
    public static string Current => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? "en" : "it";

    /// <summary>The current URL with the language switched to <paramref name="culture"/>.</summary>
    public static string SwitchUrl(HttpRequest request, string culture)
    {
        var query = request.Query
            .Where(q => !string.Equals(q.Key, QueryKey, StringComparison.OrdinalIgnoreCase))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
            .Append(new KeyValuePair<string, string?>(QueryKey, culture));
        return request.PathBase + request.Path + QueryString.Create(query);
    }

    /// <summary>Middleware: a valid <c>?culture=</c> is remembered for the next pages.</summary>
    public static Task RememberChoiceAsync(HttpContext context, RequestDelegate next)
    {
        if (context.Request.Query.TryGetValue(QueryKey, out var value) && Supported.Contains(value.ToString()))
        {
            context.Response.Cookies.Append(
                CookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(value.ToString())),
                new CookieOptions
                {
                    MaxAge = TimeSpan.FromDays(365),
                    HttpOnly = true,
                    IsEssential = true,
                    SameSite = SameSiteMode.Lax,
                    Secure = context.Request.IsHttps,
                });
        }

        return next(context);
    }
}
