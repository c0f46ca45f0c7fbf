using CivilityBot.Checklists;
using CivilityBot.Conversations;
using CivilityBot.Downloads;
using CivilityBot.Evidence;
using CivilityBot.Knowledge;
using CivilityBot.Knowledge.Corrections;
using CivilityBot.Knowledge.Rounds;
using CivilityBot.Outreach;
using CivilityBot.People;
using CivilityBot.Protocol;
using CivilityBot.Reminders;
using CivilityBot.Storage;
using CivilityBot.Uploads;

if (DatabaseBackupCommand.TryRun(args)) return; // `backup <file>`: copy the database and exit (README, "Backup and restore")

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddBotProtocol(builder.Configuration);
builder.Services.AddStorage(builder.Configuration);
builder.Services.AddKnowledge(builder.Configuration);
builder.Services.AddPlanCorrections();
builder.Services.AddRounds();
builder.Services.AddConversations();
builder.Services.AddPeople(builder.Configuration);
builder.Services.AddDownloads(builder.Configuration);
builder.Services.AddOutreach(builder.Configuration);
builder.Services.AddChecklists(builder.Configuration);
builder.Services.AddEvidence(builder.Configuration);
builder.Services.AddUploads(builder.Configuration);
builder.Services.AddReminders(builder.Configuration);
builder.Services.AddHealthChecks();

var app = builder.Build();

app.MapHealthChecks("/healthz");
app.MapBotMessages();
app.MapDownloads();
app.MapUploads();

app.Run();

/// <summary>Visible to WebApplicationFactory in the host tests.</summary>
public partial class Program;
