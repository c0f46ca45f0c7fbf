using ChecklistSaves;

// ChecklistSaves load --url http://127.0.0.1:3978 --campaign bot/CivilityBot/data/campaign.json [--seconds 20] [--warmup 3] [--concurrency 32]
// ChecklistSaves count --db /tmp/bench.db
var options = BenchmarkOptions.Parse(args);
return options.Mode switch
{
    "load" => await LoadRun.RunAsync(options),
    "count" => StoredCount.Run(options),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: ChecklistSaves load --url URL --campaign FILE [--seconds N] [--warmup N] [--concurrency N] | count --db FILE");
    return 2;
}
