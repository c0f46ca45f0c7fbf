using System.Security.Cryptography;
using CivilityBot.Cards.Reminders;
using CivilityBot.Storage;
using LiteDB;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace CivilityBot.Reminders;

/// <summary>Issues and checks report links; a card rebuilt often reuses a link that still has most of its life.</summary>
public sealed class LiteDbReminderReportLinks
{
    public const string RoutePrefix = "/reminders/reports/";
    private readonly ILiteCollection<ReminderReportLink> _links;
    private readonly RemindersOptions _options;
    private readonly ReminderClock _clock;

    public LiteDbReminderReportLinks(BotDatabase database, IOptions<RemindersOptions> options, ReminderClock clock)
    {
        _links = database.Collection<ReminderReportLink>("reminder_report_links");
        _links.EnsureIndex(l => l.BroadcastId);
        _options = options.Value;
        _clock = clock;
    }

    public ReportLinksModel LinksFor(int broadcastId)
    {
        var link = Reusable(broadcastId) ?? Issue(broadcastId);
        var baseUrl = _options.PublicBaseUrl.TrimEnd('/') + RoutePrefix + link.Id;
        return new ReportLinksModel(baseUrl + ".xlsx", baseUrl + ".csv", _clock.Format(link.ExpiresAt));
    }

    /// <summary>The broadcast a token opens, or null when unknown or expired.</summary>
    public int? Resolve(string token) =>
        _links.FindById(token) is { } link && link.ExpiresAt > _clock.UtcNow ? link.BroadcastId : null;

    private ReminderReportLink? Reusable(int broadcastId)
    {
        var halfLife = _clock.UtcNow + _options.ReportLinkLifetime / 2;
        return _links.Find(l => l.BroadcastId == broadcastId).Where(l => l.ExpiresAt > halfLife).MaxBy(l => l.ExpiresAt);
    }

    private ReminderReportLink Issue(int broadcastId)
    {
        var now = _clock.UtcNow;
        _links.DeleteMany(l => l.ExpiresAt < now);
        var link = new ReminderReportLink
        {
            Id = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32)),
            BroadcastId = broadcastId,
            ExpiresAt = now + _options.ReportLinkLifetime,
        };
        _links.Insert(link);
        return link;
    }
}
