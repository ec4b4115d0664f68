using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Workflows.Desk.Model;
using Workflows.Desk.Requests;
using Workflows.Host.Runtime;
using Workflows.Steps;
using static Workflows.Host.Tests.Web.LinksBrowser;

namespace Workflows.Host.Tests.Web;

/// <summary>
/// Every way a link can be wrong is refused with a readable page and the right status, and the request does not
/// change: same history length, same state.
/// </summary>
[Collection(LinksCollection.Name)]
public sealed class LinksSecurityTests(LinksFixture fx)
{
    private const string Partner = "richieste@novain.example";
    private const string Applicant = "giulia.rossi@example.org";

    [Fact]
    public async Task Given_the_partner_mail_when_each_link_is_opened_then_nothing_changes()
    {
        var (id, code, review) = await FiledForReviewAsync();
        var before = await fx.InstanceAsync(id);
        var client = fx.NewClient();

        foreach (var action in new[] { "accept", "decline", "refer", "ask-info" })
        {
            var (status, page) = await OpenAsync(client, review.Link(action));
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Contains(code, MainText(page), StringComparison.Ordinal);
            Assert.NotNull(page.QuerySelector("main form[method=post] button[type=submit]"));
        }

        await AssertUnchangedAsync(id, before);
    }

    [Fact]
    public async Task Given_a_link_with_an_altered_signature_when_opened_or_posted_then_400_and_nothing_changes()
    {
        var (id, code, review) = await FiledForReviewAsync();
        var accept = review.Link("accept");
        var forged = accept.Replace("/accept", "", StringComparison.Ordinal);
        forged = forged[..^1] + (forged[^1] == 'A' ? 'B' : 'A') + "/accept";
        var before = await fx.InstanceAsync(id);
        var client = fx.NewClient();
        var (_, genuine) = await OpenAsync(client, accept);

        var (status, page) = await OpenAsync(client, forged);
        var (postStatus, _, postPage) = await SubmitAsync(client, forged, genuine, []);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("Link non valido", Heading(page));
        Assert.Null(page.QuerySelector("main form"));
        Assert.Equal(HttpStatusCode.BadRequest, postStatus);
        Assert.Equal("Link non valido", Heading(postPage));
        await AssertUnchangedAsync(id, before);
    }

    [Fact]
    public async Task Given_a_token_whose_instance_was_swapped_when_posted_then_it_is_refused_as_forged()
    {
        var (id, code) = await fx.FileRequestAsync(Category.InnovationPatent);
        var (other, _) = await fx.FileRequestAsync(Category.InnovationPatent);
        var review = await fx.NewMailAsync(code, "partner-review-request", Partner, new HashSet<string>());
        var accept = review.Link("accept");
        var token = accept.Split('/')[2];
        var payload = JsonNode.Parse(Encoding.UTF8.GetString(System.Buffers.Text.Base64Url.DecodeFromChars(token.Split('.')[0])))!;
        payload["i"] = other.Value;
        var swapped = System.Buffers.Text.Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payload.ToJsonString())) + "." + token.Split('.')[1];
        var url = $"/link/{swapped}/accept";
        var before = await fx.InstanceAsync(other);
        var client = fx.NewClient();
        var (_, genuine) = await OpenAsync(client, accept);

        var (status, _, page) = await SubmitAsync(client, url, genuine, []);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("Link non valido", Heading(page));
        await AssertUnchangedAsync(other, before);
    }

    [Fact]
    public async Task Given_a_genuine_link_to_a_request_that_does_not_exist_then_404_with_a_clear_page()
    {
        var token = fx.Sign(InstanceId.New(), "s1", Partner, fx.Clock.GetUtcNow().AddDays(1), "accept");

        var (status, page) = await OpenAsync(fx.NewClient(), $"/link/{token}/accept");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("Richiesta non trovata", Heading(page));
    }

    [Fact]
    public async Task Given_a_link_sent_to_the_applicant_when_it_carries_a_partner_action_then_403_and_nothing_changes()
    {
        var (id, code) = await fx.FileRequestAsync(Category.InnovationPatent);
        var state = await fx.StateAsync(id);
        var token = fx.Sign(id, state.StepToken, Applicant, fx.Clock.GetUtcNow().AddDays(1), "accept");
        var url = $"/link/{token}/accept";
        var before = await fx.InstanceAsync(id);
        var client = fx.NewClient();
        var review = await fx.NewMailAsync(code, "partner-review-request", Partner, new HashSet<string>());
        var (_, genuine) = await OpenAsync(client, review.Link("decline"));

        var (status, page) = await OpenAsync(client, url);
        var (postStatus, _, _) = await SubmitAsync(client, url, genuine, []);

        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal("Link non destinato a te", Heading(page));
        Assert.Equal(HttpStatusCode.Forbidden, postStatus);
        await AssertUnchangedAsync(id, before);
    }

    [Fact]
    public async Task Given_an_expired_link_then_410_names_the_request_and_the_desk_to_contact_and_nothing_changes()
    {
        var (id, code) = await fx.FileRequestAsync(Category.InnovationPatent);
        var state = await fx.StateAsync(id);
        var token = fx.Sign(id, state.StepToken, Partner, fx.Clock.GetUtcNow().AddMinutes(-1), "accept");
        var url = $"/link/{token}/accept";
        var before = await fx.InstanceAsync(id);
        var client = fx.NewClient();
        var review = await fx.NewMailAsync(code, "partner-review-request", Partner, new HashSet<string>());
        var (_, genuine) = await OpenAsync(client, review.Link("accept"));

        var (status, page) = await OpenAsync(client, url);
        var (postStatus, _, _) = await SubmitAsync(client, url, genuine, []);

        Assert.Equal(HttpStatusCode.Gone, status);
        Assert.Equal("Link scaduto", Heading(page));
        Assert.Contains(code, MainText(page), StringComparison.Ordinal);
        Assert.Contains("sportello.burolo@comuni.example", MainText(page), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Gone, postStatus);
        await AssertUnchangedAsync(id, before);
    }

    [Fact]
    public async Task Given_a_used_link_when_posted_again_then_410_and_the_second_post_changes_nothing()
    {
        var (id, code, review) = await FiledForReviewAsync();
        var accept = review.Link("accept");
        var client = fx.NewClient();
        var (_, form) = await OpenAsync(client, accept);
        await ActAndConfirmAsync(client, accept);
        var after = await fx.InstanceAsync(id);

        var (reopened, reopenedPage) = await OpenAsync(client, accept);
        var (status, _, page) = await SubmitAsync(client, accept, form, []);
        var (declineStatus, _, declinePage) = await SubmitAsync(client, review.Link("decline"), form, new() { ["Input.Reason"] = "Ci ho ripensato." });

        Assert.Equal(HttpStatusCode.Conflict, reopened);
        Assert.Equal("Questa azione non è più disponibile", Heading(reopenedPage));
        Assert.Contains("Da pianificare", MainText(reopenedPage), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Gone, status);
        Assert.Equal("Link già utilizzato", Heading(page));
        Assert.Equal(HttpStatusCode.Gone, declineStatus);
        Assert.Equal("Link già utilizzato", Heading(declinePage));
        await AssertUnchangedAsync(id, after);
    }

    [Fact]
    public async Task Given_a_link_of_an_earlier_step_then_409_says_where_the_request_is_and_nothing_changes()
    {
        var (id, code) = await fx.FileRequestAsync(Category.InnovationPatent);
        var state = await fx.StateAsync(id);
        var client = fx.NewClient();
        var review = await fx.NewMailAsync(code, "partner-review-request", Partner, new HashSet<string>());
        var (_, form) = await OpenAsync(client, review.Link("accept"));
        await fx.Commands.RaiseEventAsync(id, DeskRequestEvents.PartnerAskedInfo, new InfoQuestion(state.StepToken, "Il prototipo esiste già?"));
        await fx.DrainAsync();
        var before = await fx.InstanceAsync(id);

        var (status, page) = await OpenAsync(client, review.Link("decline"));
        var (postStatus, _, postPage) = await SubmitAsync(client, review.Link("decline"), form, new() { ["Input.Reason"] = "Non è il nostro campo." });

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Contains("Informazioni richieste", MainText(page), StringComparison.Ordinal);
        Assert.Contains("non è stato registrato nulla", MainText(page), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, postStatus);
        Assert.Equal("Questa azione non è più disponibile", Heading(postPage));
        await AssertUnchangedAsync(id, before);
    }

    [Fact]
    public async Task Given_an_action_the_token_does_not_carry_then_400()
    {
        var (id, code, review) = await FiledForReviewAsync();
        var before = await fx.InstanceAsync(id);

        var (status, page) = await OpenAsync(fx.NewClient(), review.Link("accept").Replace("/accept", "/withdraw", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("Link non valido", Heading(page));
        await AssertUnchangedAsync(id, before);
    }

    [Fact]
    public async Task Given_a_post_without_the_anti_forgery_token_then_400_and_nothing_changes()
    {
        var (id, code, review) = await FiledForReviewAsync();
        var accept = review.Link("accept");
        var client = fx.NewClient();
        var (_, page) = await OpenAsync(client, accept);
        var before = await fx.InstanceAsync(id);

        var (status, _, answer) = await SubmitAsync(client, accept, page, [], withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("Richiesta non valida", Heading(answer));
        await AssertUnchangedAsync(id, before);
        await ActAndConfirmAsync(client, accept); // the link was not spent
    }

    [Fact]
    public async Task Given_a_decline_without_a_reason_then_the_field_says_so_and_the_link_still_works()
    {
        var (id, code, review) = await FiledForReviewAsync();
        var decline = review.Link("decline");
        var client = fx.NewClient();
        var before = await fx.InstanceAsync(id);

        var (status, _, page) = await ActAsync(client, decline, new() { ["Input.Reason"] = "   " });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("#reason", page.QuerySelector("#form-errors a")?.GetAttribute("href"));
        Assert.Equal("true", page.QuerySelector("#reason")?.GetAttribute("aria-invalid"));
        Assert.Contains("reason-error", page.QuerySelector("#reason")?.GetAttribute("aria-describedby"), StringComparison.Ordinal);
        Assert.Equal("Indica il motivo.", page.QuerySelector("#reason-error")?.TextContent);
        await AssertUnchangedAsync(id, before);

        await ActAndConfirmAsync(client, decline, new() { ["Input.Reason"] = "Non trattiamo brevetti agroalimentari." });
        Assert.Equal(DeskRequestStep.Declined, (await fx.StateAsync(id)).Step);
    }

    [Fact]
    public async Task Given_a_suspended_request_then_its_links_say_so_and_nothing_changes_until_it_resumes()
    {
        var (id, code, review) = await FiledForReviewAsync();
        var accept = review.Link("accept");
        var client = fx.NewClient();
        var (_, form) = await OpenAsync(client, accept);
        await fx.Commands.SuspendAsync(id, "verifica dei dati");
        var before = await fx.InstanceAsync(id);

        var (status, page) = await OpenAsync(client, accept);
        var (postStatus, _, postPage) = await SubmitAsync(client, accept, form, []);

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Equal("Richiesta sospesa", Heading(page));
        Assert.Equal(HttpStatusCode.Conflict, postStatus);
        Assert.Equal("Richiesta sospesa", Heading(postPage));
        await AssertUnchangedAsync(id, before);

        await fx.Commands.ResumeAsync(id, null);
        await ActAndConfirmAsync(client, accept);
    }

    [Fact]
    public async Task Given_link_pages_then_each_speaks_its_recipients_language_unless_the_visitor_chose()
    {
        var (_, code) = await fx.FileRequestAsync(Category.InnovationPatent, culture: "en");
        var seen = new HashSet<string>();
        var received = await fx.NewMailAsync(code, "request-received", Applicant, seen);
        var review = await fx.NewMailAsync(code, "partner-review-request", Partner, seen);

        var (_, applicantPage) = await OpenAsync(fx.NewClient(), received.Link("withdraw"));
        var (_, partnerPage) = await OpenAsync(fx.NewClient(), review.Link("accept"));
        var (_, chosen) = await OpenAsync(fx.NewClient(), review.Link("accept") + "?culture=en");

        Assert.Equal("en", received.Language);
        Assert.Equal("it", review.Language);
        Assert.Equal("en", applicantPage.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Withdraw the request", Heading(applicantPage));
        Assert.Equal("it", partnerPage.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Accettate la richiesta", Heading(partnerPage));
        Assert.Equal("en", chosen.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Accept the request", Heading(chosen));
    }

    [Fact]
    public async Task Given_link_pages_then_they_are_not_cached_and_not_indexed()
    {
        var (_, code, review) = await FiledForReviewAsync();

        using var response = await fx.NewClient().GetAsync(review.Link("accept"));

        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.Contains("noindex", response.Headers.GetValues("X-Robots-Tag").Single(), StringComparison.Ordinal);
        Assert.Equal("same-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task Given_many_requests_from_one_address_then_the_link_pages_answer_429()
    {
        var host = new LinksFixture();
        host.With("LinkPages:PerIpPermits", "3");
        await host.InitializeAsync();
        var statuses = new List<HttpStatusCode>();
        try
        {
            var token = host.Sign(InstanceId.New(), "s1", Partner, host.Clock.GetUtcNow().AddDays(1), "accept");
            var client = host.NewClient();
            for (var i = 0; i < 4; i++)
            {
                statuses.Add((await OpenAsync(client, $"/link/{token}/accept")).Status);
            }
        }
        finally
        {
            await host.DisposeAsync();
        }

        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.TooManyRequests], statuses);
    }

    private async Task AssertUnchangedAsync(InstanceId id, WorkflowView before)
    {
        var after = await fx.InstanceAsync(id);
        Assert.Equal(before.HistoryLength, after.HistoryLength);
        Assert.Equal(before.CustomStatus, after.CustomStatus);
        Assert.Equal(before.RuntimeStatus, after.RuntimeStatus);
        Assert.Equal(before.State?.GetRawText(), after.State?.GetRawText());
    }

    /// <summary>A request filed at the desk, and the partner's review mail with its links.</summary>
    private async Task<(InstanceId Id, string Code, LinksFixture.Mail Review)> FiledForReviewAsync()
    {
        var (id, code) = await fx.FileRequestAsync(Category.InnovationPatent);
        return (id, code, await fx.NewMailAsync(code, "partner-review-request", Partner, new HashSet<string>()));
    }
}
