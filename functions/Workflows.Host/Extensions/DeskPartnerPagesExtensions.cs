using System.Security.Claims;
using Azure.Data.Tables;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Workflows.Desk.Model;
using Workflows.Host.Web.Desk;
using Workflows.Host.Web.SignIn;

namespace Workflows.Host.Extensions;

/// <summary>The desk's intake and request pages, the partner's inbox and action pages, and what they need.</summary>
public static class DeskPartnerPagesExtensions
{
    /// <summary>
    /// Registers the request-code sequence, the desk and partner authorization policies and the folder conventions of <c>/Desk</c> and <c>/Partner</c>.
    /// </summary>
    public static IServiceCollection AddDeskAndPartnerPages(this IServiceCollection services)
    {
        services.AddOptions<Web.Legal.PrivacyOptions>().BindConfiguration(Web.Legal.PrivacyOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<DeskRequestReader>();
        services.TryAddScoped<Web.Coordinator.IDashboardLabels, Web.Coordinator.DirectoryDashboardLabels>(); // reads the stored directory of the request
        services.TryAddSingleton(sp =>
        {
            var prefix = sp.GetRequiredService<IOptions<StorageOptions>>().Value.TablePrefix;
            var table = sp.GetRequiredService<TableServiceClient>().GetTableClient(RequestCodeSequence.TableName(prefix));
            return new RequestCodeSequence(table);
        });

        services.Configure<RazorPagesOptions>(o =>
        {
            o.Conventions.AuthorizeFolder("/Desk", StaffPolicies.Desk);
            o.Conventions.AuthorizeFolder("/Partner", StaffPolicies.Partner);
        });
        services.Configure<AuthorizationOptions>(o =>
        {
            if (o.GetPolicy(StaffPolicies.Desk) is null)
            {
                o.AddPolicy(StaffPolicies.Desk, p => p.RequireAuthenticatedUser()
                    .RequireRole(StaffRoleNames.Desk)
                    .RequireClaim(StaffClaims.DeskId));
            }

            if (o.GetPolicy(StaffPolicies.Partner) is null)
            {
                o.AddPolicy(StaffPolicies.Partner, p => p.RequireAuthenticatedUser()
                    .RequireRole(StaffRoleNames.Partner)
                    .RequireClaim(StaffClaims.PartnerId));
            }
        });
        return services;
    }

    /// <summary>Where a signed-in member starts: the coordinator's dashboard, the desk's requests, the partner's inbox, or the home page.</summary>
    public static string StartPage(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.IsInRole(StaffRoleNames.Coordinator))
        {
            return "/coordinator";
        }

        if (user.IsInRole(StaffRoleNames.Desk) && user.HasClaim(c => c.Type == StaffClaims.DeskId))
        {
            return "/desk";
        }

        return user.IsInRole(StaffRoleNames.Partner) && user.HasClaim(c => c.Type == StaffClaims.PartnerId) ? "/partner" : "/";
    }
}
