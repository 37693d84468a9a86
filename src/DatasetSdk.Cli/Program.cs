using DatasetSdk.Cli;

// A progress line is for a person watching a terminal; redirected, standard error gets only messages.
var progress = Console.IsErrorRedirected ? null : new ProgressDisplay(Console.Error, TimeSpan.FromSeconds(0.5));
return CommandLine.Run(args, Console.Out, Console.Error, progress);
