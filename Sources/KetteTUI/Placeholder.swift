import KetteCore
