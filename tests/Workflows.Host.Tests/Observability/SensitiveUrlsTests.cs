using Workflows.Host.Observability;

namespace Workflows.Host.Tests.Observability;

/// <summary>What is left of a URL once its secrets are removed (pure).</summary>
public sealed class SensitiveUrlsTests
{
    [Theory]
    [InlineData("/link/eyJ2Ijox.abc-_/accept", "/link/REDACTED/accept")]
    [InlineData("/link/eyJ2Ijox.abc-_/accept/done", "/link/REDACTED/accept/done")]
    [InlineData("/LINK/abc", "/LINK/REDACTED")]
    [InlineData("/desk/requests/abc", "/desk/requests/abc")]
    [InlineData("", "")]
    public void Given_a_path_when_redacted_then_only_the_link_token_goes(string path, string expected) =>
        Assert.Equal(expected, SensitiveUrls.RedactPath(path));

    [Theory]
    [InlineData("?token=abc123&returnUrl=%2Fdesk", "?token=REDACTED&returnUrl=REDACTED")]
    [InlineData("?lang=en&Token=x", "?lang=en&Token=REDACTED")]
    [InlineData("top=10&name=DeskRequest", "top=10&name=DeskRequest")]
    [InlineData("?flag", "?flag")]
    public void Given_a_query_when_redacted_then_secret_values_go_and_the_rest_stays(string query, string expected) =>
        Assert.Equal(expected, SensitiveUrls.RedactQuery(query));

    [Fact]
    public void Given_a_whole_url_when_redacted_then_path_and_query_are_both_clean()
    {
        var redacted = SensitiveUrls.RedactUrl(new Uri("https://sportelli.example/sign-in/link?token=s3cr3t&returnUrl=%2Flink%2Fabc%2Faccept"));

        Assert.Equal("https://sportelli.example/sign-in/link?token=REDACTED&returnUrl=REDACTED", redacted);
    }
}
